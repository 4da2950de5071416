# rejects: storing a float into an int64 array element (NumPy would truncate)
# call: f 3
# error-at: 14:5
# construct: Subscript
# error: cannot store a float64
# error: int(...)
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.int64)
    a[0] = 2.5
    return a

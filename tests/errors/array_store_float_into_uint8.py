# rejects: storing a float into a uint8 array element (NumPy's result is platform-dependent)
# call: f 3
# error-at: 15:5
# construct: Subscript
# error: cannot store a float64
# error: uint8
# error: int(...)
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.uint8)
    a[0] = 2.5
    return a

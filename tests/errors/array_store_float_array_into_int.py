# rejects: copying a float array into an int array slice
# call: f 3
# error-at: 15:5
# construct: Subscript
# error: cannot store elements of type float64
# error: int64
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.int64)
    b = np.ones(n)
    a[:] = b
    return a

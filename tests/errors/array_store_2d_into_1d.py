# rejects: assigning a 2-D array to a 1-D slice
# call: f 3
# error-at: 16:5
# construct: Subscript
# error: 2d array
# error: 1d
# cpython-raises: ValueError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    b = np.zeros((n, n))
    a[:] = b
    return a

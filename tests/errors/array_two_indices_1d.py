# rejects: two indices on a 1-D array (store)
# call: f 3
# error-at: 14:5
# construct: Subscript
# error: too many indices for array
# cpython-raises: IndexError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a[0, 0] = 1.0
    return a

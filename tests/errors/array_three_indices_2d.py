# rejects: three indices on a 2-D array
# call: f 3
# error-at: 14:12
# construct: Subscript
# error: too many indices for array
# cpython-raises: IndexError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros((n, n))
    return a[0, 1, 2]

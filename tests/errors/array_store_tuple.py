# rejects: setting a float array element from a tuple
# call: f 3
# error-at: 14:5
# construct: Subscript
# error: cannot store
# cpython-raises: ValueError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a[0] = (1.0, 2.0)
    return a

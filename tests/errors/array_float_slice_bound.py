# rejects: a float slice bound
# call: f 3
# error-at: 14:14
# construct: Slice
# error: slice indices must be integers
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a[0.5:2]

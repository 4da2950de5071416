# rejects: a float index
# call: f 3
# error-at: 14:12
# construct: Subscript
# error: valid indices
# cpython-raises: IndexError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a[1.5]

# rejects: setting one element from an array
# call: f 3
# error-at: 15:5
# construct: Subscript
# error: single element
# cpython-raises: ValueError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    b = np.ones(2)
    a[0] = b
    return a

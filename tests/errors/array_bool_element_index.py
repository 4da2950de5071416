# rejects: an element of a bool array as an index
# call: f 3
# error-at: 15:12
# construct: Subscript
# error: bool index
# error: mask
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    b = np.ones(1, np.bool_)
    return a[b[0]]

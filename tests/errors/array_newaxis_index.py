# rejects: np.newaxis (None) in an index
# call: f 3
# error-at: 14:12
# construct: Subscript
# error: newaxis
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a[None]

# rejects: indexing with an integer array (fancy indexing)
# call: f 3
# error-at: 15:12
# construct: Subscript
# error: fancy indexing
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    idx = np.arange(2)
    return a[idx]

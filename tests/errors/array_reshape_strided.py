# rejects: reshape of a non-contiguous view
# call: f 3
# error-at: 14:12
# construct: Call
# error: reshape
# error: contiguous
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    return a[::2].reshape(2, -1)

# rejects: boolean-mask indexing (a[a > 0.0])
# call: f 3
# error-at: 14:14
# construct: Compare
# error: whole arrays
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a[a > 0.0]

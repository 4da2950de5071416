# rejects: a bool index (NumPy: a boolean mask / new axis, not 0 or 1)
# call: f 3
# error-at: 14:12
# construct: Subscript
# error: bool index
# error: mask
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    return a[True]

# rejects: a[i] += 0.5 on a uint8 array (float result stored into unsigned)
# call: f 3
# error-at: 14:5
# construct: Subscript
# error: cannot store a float64
# error: uint8
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.uint8)
    a[0] += 0.5
    return a

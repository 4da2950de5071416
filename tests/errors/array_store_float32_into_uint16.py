# rejects: storing a float32 element into a uint16 array
# call: f 3
# error-at: 15:5
# construct: Subscript
# error: cannot store a float32
# error: uint16
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.uint16)
    b = np.zeros(1, np.float32)
    a[0] = b[0]
    return a

# rejects: a.fill(1.5) on a uint8 array
# call: f 3
# error-at: 14:5
# construct: Call
# error: cannot store a float64
# error: uint8
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.uint8)
    a.fill(1.5)
    return a

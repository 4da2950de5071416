# rejects: np.full with a float fill value and an unsigned dtype
# call: f 3
# error-at: 13:12
# construct: Call
# error: cannot store a float64
# error: uint8
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.full(n, 2.5, np.uint8)

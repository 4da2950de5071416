# rejects: np.full with a float fill value and an int dtype
# call: f 3
# error-at: 13:12
# construct: Call
# error: cannot store a float64
# error: int32
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.full(n, 2.7, dtype=np.int32)

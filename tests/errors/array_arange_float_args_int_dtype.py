# rejects: np.arange with float arguments and an int dtype
# call: f 3
# error-at: 14:12
# construct: Call
# error: arange
# error: float arguments
# error: int32
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.arange(-2.5, n, 0.5, dtype=np.int32)

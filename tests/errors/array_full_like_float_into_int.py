# rejects: np.full_like of an int array with a float fill value
# call: f 3
# error-at: 14:12
# construct: Call
# error: cannot store a float64
# error: int64
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    return np.full_like(a, 2.5)

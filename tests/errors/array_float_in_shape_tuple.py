# rejects: a float inside a shape tuple
# call: f 3
# error-at: 13:12
# construct: Call
# error: cannot be interpreted as an integer
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.ones((n, 2.0))

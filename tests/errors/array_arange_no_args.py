# rejects: np.arange()
# call: f 3
# error-at: 14:12
# construct: Call
# error: arange()
# error: missing required argument
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.arange()

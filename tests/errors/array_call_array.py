# rejects: calling an array
# call: f 3
# error-at: 14:12
# construct: Call
# error: is not callable
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a(1)

# rejects: an unknown numpy function
# call: f 3
# error-at: 14:9
# construct: Attribute
# error: numpy.frobnicate
# error: not supported
# cpython-raises: AttributeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.frobnicate(n)
    return a

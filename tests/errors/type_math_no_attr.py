# rejects: a math function that does not exist
# call: f 3.0
# error-at: 15:12
# construct: Attribute
# error: has no attribute 'sqroot'
# cpython-raises: AttributeError
from pyjit import jit


import math


@jit
def f(x):
    return math.sqroot(x)

# rejects: assigning an attribute
# call: f 3
# error-at: 14:5
# construct: Attribute
# error: attribute assignment is not supported in @jit functions
from pyjit import jit


import math


@jit
def f(n):
    math.pi = 3
    return n

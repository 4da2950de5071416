# rejects: math.sqrt() of a tuple
# call: f 3
# error-at: 15:12
# construct: Call
# error: math.sqrt() argument 1 must be a number
# cpython-raises: TypeError
from pyjit import jit


import math


@jit
def f(n):
    return math.sqrt((n, 1))

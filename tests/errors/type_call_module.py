# rejects: calling a module
# call: f 3
# error-at: 15:12
# construct: Call
# error: is not callable
# cpython-raises: TypeError
from pyjit import jit


import math


@jit
def f(n):
    return math(n)

# rejects: calling a float module constant
# call: f 3
# error-at: 15:12
# construct: Call
# error: is not callable
# cpython-raises: TypeError
from pyjit import jit


RATE = 0.5


@jit
def f(n):
    return RATE(n)

# rejects: calling None
# call: f 3
# error-at: 13:12
# construct: Call
# error: is not callable
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    g = None
    return g(n)

# rejects: calling a tuple
# call: f 3
# error-at: 13:12
# construct: Call
# error: is not callable
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    t = (n, n)
    return t(0)

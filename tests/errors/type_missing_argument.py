# rejects: a call of a helper missing an argument
# call: f 3
# error-at: 17:12
# construct: Call
# error: g() missing 1 required positional argument: 'b'
# cpython-raises: TypeError
from pyjit import jit


@jit
def g(a, b):
    return a + b


@jit
def f(n):
    return g(n)

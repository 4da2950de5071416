# rejects: too many positional arguments
# call: f 3
# error-at: 17:12
# construct: Call
# error: takes 2 positional arguments but 3 were given
# cpython-raises: TypeError
from pyjit import jit


@jit
def g(a, b):
    return a + b


@jit
def f(n):
    return g(n, n, n)

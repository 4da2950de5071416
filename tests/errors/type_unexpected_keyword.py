# rejects: an unknown keyword argument
# call: f 3
# error-at: 17:12
# construct: Call
# error: unexpected keyword argument 'z'
# cpython-raises: TypeError
from pyjit import jit


@jit
def g(a, b=1):
    return a + b


@jit
def f(n):
    return g(n, z=2)

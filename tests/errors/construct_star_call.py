# rejects: *args in a call
# call: f 3
# error-at: 18:14
# construct: Starred
# error: *
# error: are not supported in @jit functions
from pyjit import jit


@jit
def g(a, b):
    return a + b


@jit
def f(n):
    t = (n, n)
    return g(*t)

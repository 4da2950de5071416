# rejects: a *args parameter
# call: f 3
# error-at: 10:11
# construct: arg
# error: *args parameters are not supported in @jit functions
from pyjit import jit


@jit
def f(n, *rest):
    return n + len(rest)

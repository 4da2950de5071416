# rejects: a **kwargs call
# call: f 3
# error-at: 16:14
# construct: keyword
# error: **kwargs in calls are not supported in @jit functions
from pyjit import jit


def g(a):
    return a


@jit
def f(n):
    d = 1
    return g(**d)

# rejects: a starred assignment target
# call: f 3
# error-at: 11:8
# construct: Starred
# error: starred assignment is not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    a, *rest = (n, 2, 3)
    return a

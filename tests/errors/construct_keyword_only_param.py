# rejects: a keyword-only parameter
# call: f 3
# error-at: 10:13
# construct: arg
# error: keyword-only parameters are not supported in @jit functions
from pyjit import jit


@jit
def f(n, *, scale=2):
    return n * scale

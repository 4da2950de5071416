# rejects: raise ... from ...
# call: f 3
# error-at: 12:9
# construct: Raise
# error: raise ... from is not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    if n > 0:
        raise ValueError('x') from None
    return n

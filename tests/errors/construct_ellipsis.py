# rejects: an Ellipsis constant
# call: f 3
# error-at: 11:9
# construct: Constant
# error: Ellipsis is not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    e = ...
    return n

# rejects: a set display
# call: f 3
# error-at: 12:9
# construct: Set
# error: set
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = {1, 2, n}
    return n

# rejects: a list display
# call: f 3
# error-at: 12:10
# construct: List
# error: list
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    xs = [1, 2, n]
    return n

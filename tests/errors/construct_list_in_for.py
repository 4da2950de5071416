# rejects: iterating over a list display
# call: f 3
# error-at: 13:14
# construct: List
# error: list
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = 0
    for v in [1, 2, 3]:
        s += v * n
    return s

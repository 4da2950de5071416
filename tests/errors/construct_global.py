# rejects: a global statement
# call: f 3
# error-at: 15:5
# construct: Global
# error: global
# error: are not supported in @jit functions
from pyjit import jit


COUNTER = 0


@jit
def f(n):
    global COUNTER
    return n + 1

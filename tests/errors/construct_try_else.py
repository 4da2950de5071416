# rejects: try/except/else
# call: f 3
# error-at: 11:5
# construct: Try
# error: try statements are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    try:
        n += 1
    except ValueError:
        n = 0
    else:
        n = 2
    return n

# rejects: a starred item in a tuple display
# call: f 3
# error-at: 12:10
# construct: Starred
# error: starred expressions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    t = (1, 2)
    u = (*t, n)
    return n

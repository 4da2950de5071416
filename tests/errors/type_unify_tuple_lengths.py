# rejects: a variable holding tuples of different lengths
# call: f 3
# error-at: 12:5
# construct: Name
# error: cannot unify
from pyjit import jit


@jit
def f(n):
    p = (n, n)
    p = (n, n, n)
    return 0

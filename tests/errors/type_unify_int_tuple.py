# rejects: a variable that is int and then a tuple
# call: f 3
# error-at: 12:5
# construct: Name
# error: cannot unify
from pyjit import jit


@jit
def f(n):
    x = n
    x = (n, n)
    return 0

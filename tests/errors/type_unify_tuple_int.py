# rejects: a variable that is a tuple and then an int (in a branch)
# call: f 3
# error-at: 13:9
# construct: Name
# error: cannot unify
from pyjit import jit


@jit
def f(n):
    x = (n, 1.5)
    if n > 2:
        x = n
    return 0

# rejects: a float variable later assigned None
# call: f 3
# error-at: 13:9
# construct: Name
# error: cannot unify float64 and none for 'x'
from pyjit import jit


@jit
def f(n):
    x = n * 1.5
    if n > 1:
        x = None
    return n

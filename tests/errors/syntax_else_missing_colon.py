# rejects: while/else without ':'
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    while x:
        x -= 1
    else
        x = 5
    return x

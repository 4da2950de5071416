# rejects: while without ':'
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    while x > 0
        x -= 1
    return x

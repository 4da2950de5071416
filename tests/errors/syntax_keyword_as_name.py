# rejects: a keyword used as a variable
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    def = 3
    return x

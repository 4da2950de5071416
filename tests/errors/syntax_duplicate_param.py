# rejects: a parameter name given twice
# call: f 1 2
# syntax-error
from pyjit import jit


@jit
def f(x, x):
    return x

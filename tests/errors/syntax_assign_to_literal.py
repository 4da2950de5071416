# rejects: assignment to a literal
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    1 = x
    return x

# rejects: an attribute access with no name
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    y = x.
    return y

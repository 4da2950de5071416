# rejects: two commas in a call
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return g(x,, 1)

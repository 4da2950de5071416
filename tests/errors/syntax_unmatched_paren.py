# rejects: an unmatched ')'
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x)

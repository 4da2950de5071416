# rejects: an unclosed bracket
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    y = [1, 2
    return x

# rejects: 'x = = 1'
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    y = = 1
    return y

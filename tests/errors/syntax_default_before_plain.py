# rejects: a parameter without default after one with
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x=1, y):
    return x

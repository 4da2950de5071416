# rejects: a conditional expression without else
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x if x

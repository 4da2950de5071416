# rejects: a starred expression on its own
# call: f 1
# syntax-error
# error: starred
from pyjit import jit


@jit
def f(x):
    *x
    return x

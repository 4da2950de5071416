# rejects: an assignment with no value
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    y =
    return x

# rejects: a decimal literal with a leading zero
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return 08

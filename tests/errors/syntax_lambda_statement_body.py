# rejects: a statement in a lambda
# call: f 1
# syntax-error
# error: invalid syntax
from pyjit import jit


@jit
def f(x):
    g = lambda: return 1
    return x

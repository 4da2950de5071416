# rejects: assignment to an operator expression
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    x + 1 = 2
    return x

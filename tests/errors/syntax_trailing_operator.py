# rejects: an operator with no right operand
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x +

# rejects: an unclosed parenthesis
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return (x + 1

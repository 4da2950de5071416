# rejects: a line indented deeper than its block
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    y = 1
        z = 2
    return y

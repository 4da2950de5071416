# rejects: an assignment expression (walrus)
# call: f 3
# error-at: 12:9
# construct: NamedExpr
# error: assignment expressions
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    if (m := n * 2) > 4:
        return m
    return 0

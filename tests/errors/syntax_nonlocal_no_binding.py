# rejects: nonlocal without an enclosing binding
# call: f 1
# syntax-error
# error: nonlocal
from pyjit import jit


@jit
def f(x):
    nonlocal y
    return x

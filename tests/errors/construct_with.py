# rejects: a with statement
# call: f 3
# error-at: 12:5
# construct: With
# error: with
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    with open("x") as fh:
        pass
    return n

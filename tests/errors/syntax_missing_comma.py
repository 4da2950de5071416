# rejects: two expressions without a comma
# call: f 1
# syntax-error
# error: Perhaps you forgot a comma?
from pyjit import jit


@jit
def f(x):
    return (x x)

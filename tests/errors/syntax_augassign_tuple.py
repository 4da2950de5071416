# rejects: augmented assignment to a tuple
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    a, b += 1
    return x

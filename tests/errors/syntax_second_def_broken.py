# rejects: a syntax error in a later def fails the whole module
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x


def g(x)
    return x

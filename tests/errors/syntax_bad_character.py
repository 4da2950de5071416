# rejects: a character that is not Python
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x $ 2

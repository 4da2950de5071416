# rejects: an if body that is not indented
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    if x:
    return 1
    return 0

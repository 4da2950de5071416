# rejects: '=' in an if condition
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    if x = 1:
        return 1
    return 0

# rejects: break outside a loop
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    if x:
        break
    return x

# rejects: for without ':'
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    for i in range(3)
        x += i
    return x

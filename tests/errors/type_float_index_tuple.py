# rejects: a tuple indexed by a float
# call: f 3
# error-at: 13:12
# construct: Subscript
# error: tuple indices must be integers
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    t = (n, 1)
    return t[0.5]

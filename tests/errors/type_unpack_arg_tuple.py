# rejects: unpacking a tuple argument of the wrong length
# call: f (1,2,3)
# error-at: 12:5
# construct: Tuple
# error: cannot unpack
# cpython-raises: ValueError
from pyjit import jit


@jit
def f(t):
    x, y = t
    return x * y

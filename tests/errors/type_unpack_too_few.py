# rejects: unpacking 2 values into 3 names
# call: f 3
# error-at: 12:5
# construct: Tuple
# error: cannot unpack
# cpython-raises: ValueError
from pyjit import jit


@jit
def f(n):
    a, b, c = n, n
    return a + b + c

# rejects: unpacking 3 values into 2 names
# call: f 3
# error-at: 13:5
# construct: Tuple
# error: cannot unpack
# cpython-raises: ValueError
from pyjit import jit


@jit
def f(n):
    t = (n, n + 1, n + 2)
    a, b = t
    return a + b

# rejects: unpacking an int
# call: f 3
# error-at: 12:5
# construct: Tuple
# error: cannot unpack
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    a, b = n
    return a + b

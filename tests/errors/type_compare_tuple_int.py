# rejects: < between a tuple and an int
# call: f 3
# error-at: 13:12
# construct: Compare
# error: '<' not supported between
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    t = (n, 1)
    return t < n

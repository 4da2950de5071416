# rejects: abs() of a tuple
# call: f 3
# error-at: 13:12
# construct: Call
# error: abs() argument 1 must be a number
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    t = (n, n)
    return abs(t)

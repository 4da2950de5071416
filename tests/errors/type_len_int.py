# rejects: len() of an int
# call: f 3
# error-at: 12:12
# construct: Call
# error: has no len()
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return len(n)

# rejects: abs() with two arguments
# call: f 3
# error-at: 12:12
# construct: Call
# error: abs() takes exactly 1 argument (2 given)
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return abs(n, 2)

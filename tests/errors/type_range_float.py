# rejects: range() of a float
# call: f 3
# error-at: 13:14
# construct: Call
# error: object cannot be interpreted as an integer
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    s = 0
    for i in range(n + 0.5):
        s += i
    return s

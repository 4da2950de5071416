# rejects: iterating over an int
# call: f 3
# error-at: 13:5
# construct: For
# error: object is not iterable
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    s = 0
    for i in n:
        s += i
    return s

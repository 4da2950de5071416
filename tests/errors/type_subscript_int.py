# rejects: subscripting an int
# call: f 3
# error-at: 12:12
# construct: Subscript
# error: object is not subscriptable
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return n[0]

# rejects: an unknown keyword of a builtin
# call: f 3
# error-at: 12:12
# construct: Call
# error: round() got an unexpected keyword argument 'digits'
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return round(n, digits=2)

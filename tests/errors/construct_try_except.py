# rejects: try/except
# call: f 3
# error-at: 12:5
# construct: Try
# error: try
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    try:
        n = 10 // n
    except ZeroDivisionError:
        n = 0
    return n

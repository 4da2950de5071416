# rejects: a lambda
# call: f 3
# error-at: 12:9
# construct: Lambda
# error: lambda
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    g = lambda x: x + 1
    return n

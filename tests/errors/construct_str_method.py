# rejects: a string method call
# call: f 3
# error-at: 12:9
# construct: Attribute
# error: string operations
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = 'abc'.upper()
    return n

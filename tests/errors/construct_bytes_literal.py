# rejects: a bytes literal
# call: f 3
# error-at: 11:9
# construct: Constant
# error: bytes literals are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    b = b'xyz'
    return n

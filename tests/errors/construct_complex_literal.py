# rejects: an imaginary literal
# call: f 3
# error-at: 11:9
# construct: Constant
# error: complex numbers are not supported
from pyjit import jit


@jit
def f(n):
    z = 2j
    return n

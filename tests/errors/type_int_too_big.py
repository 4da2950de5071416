# rejects: an int literal beyond int64
# call: f 3
# error-at: 11:16
# construct: Constant
# error: integer literal is too large for int64
from pyjit import jit


@jit
def f(n):
    return n + 99999999999999999999

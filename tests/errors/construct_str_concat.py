# rejects: string concatenation
# call: f 3
# error-at: 12:9
# construct: BinOp
# error: string operations
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = 'a' + 'b'
    return n

# rejects: a str plus an int
# call: f 3
# error-at: 13:12
# construct: BinOp
# error: string operations
# error: are not supported in @jit functions
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return 'a' + n

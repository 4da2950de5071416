# rejects: @ on ints
# call: f 3
# error-at: 12:12
# construct: BinOp
# error: unsupported operand type(s) for @
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    return n @ n

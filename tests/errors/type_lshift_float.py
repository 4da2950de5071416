# rejects: << on a float
# call: f 3
# error-at: 13:12
# construct: BinOp
# error: unsupported operand type(s) for <<
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    x = n + 0.5
    return x << 2

# rejects: float * None
# call: f 1.5
# error-at: 13:12
# construct: BinOp
# error: unsupported operand type(s) for *
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(x):
    y = None
    return x * y

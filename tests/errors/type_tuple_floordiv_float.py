# rejects: tuple // float
# call: f 2.5
# error-at: 13:12
# construct: BinOp
# error: unsupported operand type(s) for //
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(x):
    t = (x, x)
    return t // x

# rejects: None - int from the call's argument types
# call: f None 2
# error-at: 12:12
# construct: BinOp
# error: unsupported operand type(s) for -
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(a, b):
    return a - b

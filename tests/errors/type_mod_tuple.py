# rejects: % with a tuple operand
# call: f 3
# error-at: 13:12
# construct: BinOp
# error: unsupported operand type(s) for %
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    t = (n, 1)
    return n % t

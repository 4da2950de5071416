# rejects: unary minus of None
# call: f 3
# error-at: 13:12
# construct: UnaryOp
# error: bad operand type for unary -
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    z = None
    return -z

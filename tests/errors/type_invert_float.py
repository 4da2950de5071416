# rejects: ~ on a float
# call: f 3
# error-at: 13:12
# construct: UnaryOp
# error: bad operand type for unary ~
# cpython-raises: TypeError
from pyjit import jit


@jit
def f(n):
    x = n + 0.5
    return ~x

# rejects: unary minus of a whole array
# call: f 3
# error-at: 14:12
# construct: UnaryOp
# error: whole arrays
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return -a

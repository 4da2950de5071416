# rejects: arithmetic on whole arrays (a + b)
# call: f 3
# error-at: 15:12
# construct: BinOp
# error: on whole arrays
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    b = np.ones(n)
    return a + b

# rejects: an array times a scalar (np.arange(n) * 1.5)
# call: f 3
# error-at: 14:12
# construct: BinOp
# error: on whole arrays
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    return a * 1.5

# rejects: negating a NumPy bool (a TypeError in NumPy)
# call: f 3
# error-at: 15:12
# construct: UnaryOp
# error: numpy boolean negative
# error: not supported
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.ones(n, np.bool_)
    return -a[0]

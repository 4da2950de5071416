# rejects: subtracting NumPy bools (a TypeError in NumPy)
# call: f 3
# error-at: 15:12
# construct: BinOp
# error: numpy boolean subtract
# error: not supported
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.ones(n, np.bool_)
    return a[0] - a[1]

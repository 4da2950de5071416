# rejects: an array used as a condition
# call: f 3
# error-at: 14:8
# construct: Name
# error: condition
# cpython-raises: ValueError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    if a:
        return 1
    return 0

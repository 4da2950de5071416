# rejects: comparing whole arrays (== gives an array; its truth value is ambiguous)
# call: f 3
# error-at: 16:8
# construct: Compare
# error: whole arrays
# error: not supported
# cpython-raises: ValueError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    b = np.zeros(n)
    if a == b:
        return 1
    return 0

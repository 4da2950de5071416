# rejects: iterating over an array element (the error points at the for statement)
# call: f 3
# error-at: 15:5
# construct: For
# error: is not iterable
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    s = 0.0
    for x in a[0]:
        s += x
    return s

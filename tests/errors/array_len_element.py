# rejects: len() of an array element
# call: f 3
# error-at: 14:12
# construct: Call
# error: has no len()
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return len(a[0])

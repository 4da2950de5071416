# rejects: a[i] += 1.7 on an int array (float result stored into int)
# call: f 3
# error-at: 14:5
# construct: Subscript
# error: cannot store a float64
# error: int64
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.arange(n)
    a[1] += 1.7
    return a

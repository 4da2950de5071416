# rejects: the a.sum() method
# call: f 3
# error-at: 14:12
# construct: Attribute
# error: sum
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a.sum()

# rejects: np.sum (not part of the supported numpy subset)
# call: f 3
# error-at: 14:12
# construct: Attribute
# error: numpy.sum
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return np.sum(a)

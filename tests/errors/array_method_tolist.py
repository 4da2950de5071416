# rejects: a.tolist() (lists are not supported)
# call: f 3
# error-at: 14:12
# construct: Attribute
# error: tolist
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    return a.tolist()

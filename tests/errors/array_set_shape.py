# rejects: assigning to a.shape
# call: f 3
# error-at: 14:5
# construct: Attribute
# error: attribute assignment
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a.shape = (n,)
    return a

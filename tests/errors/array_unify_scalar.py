# rejects: one variable holding an array and a float
# call: f 3
# error-at: 13:5
# construct: Name
# error: cannot unify
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a = 1.0
    return a

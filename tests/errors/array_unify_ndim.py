# rejects: one variable holding a 1-D and a 2-D array
# call: f 3
# error-at: 14:5
# construct: Name
# error: cannot unify
# error: 2d
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a = np.zeros((n, n))
    return a

# rejects: one variable holding float64 and int32 arrays
# call: f 3
# error-at: 14:5
# construct: Name
# error: cannot unify
# error: array(int32
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n)
    a = np.zeros(n, np.int32)
    return a

import numpy as np
from pyjit import jit
CAP = 16384

@jit
def dot(x, y):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s

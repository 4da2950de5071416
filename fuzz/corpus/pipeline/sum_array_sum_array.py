import numpy as np
from pyjit import jit
CAP = 16384

@jit
def sum_array(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s

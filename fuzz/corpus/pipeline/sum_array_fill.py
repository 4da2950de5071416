import numpy as np
from pyjit import jit
CAP = 16384

@jit
def fill(a):
    for i in range(len(a)):
        v = (i * 7919) % 2003 - 1001
        a[i] = float(v // 3) + (v % 5) * 0.25 + 1.0 / (i + 1)

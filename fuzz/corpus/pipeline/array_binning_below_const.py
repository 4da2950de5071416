import math
import numpy as np
from pyjit import jit
M = 40
NAN = float("nan")
INF = float("inf")
MIN = -(2.0 ** 63)  # int() of it is -2**63 exactly: in range for pyjit
INT_MIN = -9223372036854775807 - 1
NEAR = -9.223372036854775e18  # the double above -2**63

@jit
def fill(lo, hi, special, pos):
    data = np.empty(M, np.float64)
    for i in range(M):
        data[i] = lo + (hi - lo) * (i * 1.6 / M - 0.3)
    if 0 <= pos < M:
        data[pos] = special
    return data

@jit
def below_const(scale, off, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if b < 2:
            hits[i] = i + 1
    return hits

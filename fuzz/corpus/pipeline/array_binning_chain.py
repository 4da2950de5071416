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
def chain(lo, hi, nb, special, pos):
    data = fill(lo, hi, special, pos)
    hist = np.zeros(nb, np.int64)
    scale = nb / (hi - lo)
    under = 0
    over = 0
    for i in range(len(data)):
        b = int(math.floor((data[i] - lo) * scale))
        if 0 <= b < nb:
            hist[b] += 1
        elif b < 0:
            under += 1
        else:
            over += 1
    h = 0
    for b in range(nb):
        h = h * 31 + hist[b]
    return h, under, over

import math
import numpy as np
from pyjit import jit
CAP = 16384
LCG_A = 1103515245
LCG_C = 12345
LCG_MASK = 0x7FFFFFFF

@jit
def lcg(state):
    state = (state * LCG_A + LCG_C) & LCG_MASK
    return state, state / 2147483648.0

@jit
def histogram(data, hist, lo, hi):
    nb = len(hist)
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
    return under, over

@jit
def run(n):
    m = n if n < CAP else CAP
    data = np.empty(m, np.float64)
    state = 2024
    for i in range(m):
        state, u1 = lcg(state)
        state, u2 = lcg(state)
        data[i] = (u1 + u2) * 0.6 - 0.1
    hist = np.zeros(2 ** 6, np.int64)
    under = 0
    over = 0
    for p in range(n // m):
        u, o = histogram(data, hist, -0.01 * (p % 5), 1.0 + 0.01 * (p % 7))
        under += u
        over += o
    h = 0
    for b in range(len(hist)):
        h = ((h << 5) ^ (h >> 3) ^ hist[b]) & 0xFFFFFFFFFF
    return (h * 1000 + under % 1000) * 1000 + over % 1000

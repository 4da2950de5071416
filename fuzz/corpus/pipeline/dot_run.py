import numpy as np
from pyjit import jit
CAP = 16384

@jit
def dot(x, y):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s

@jit
def run(n):
    m = n if n < CAP else CAP
    idx = np.arange(m)
    x = np.empty(m, np.float64)
    y = np.empty(m, np.float64)
    for i in range(m):
        k = int(idx[i])
        x[i] = ((k * 37) % 101 - 50) * 0.02 + 1.0 / (k + 3)
        y[i] = 1.0 / (1 + k % 13) - (k // 7 % 3) * 0.5
    total = 0.0
    for p in range(n // m):
        total += dot(x, y)
        x[(p * 7) % m] += 0.125
    return total

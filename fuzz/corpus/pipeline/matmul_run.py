import numpy as np
from pyjit import jit

@jit
def matmul(a, b, c):
    n = a.shape[0]
    m = a.shape[1]
    p = b.shape[1]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i, k] * b[k, j]
            c[i, j] = s

@jit
def run(n):
    a = np.empty((n, n), np.float64)
    b = np.empty((n, n), np.float64)
    c = np.zeros((n, n), np.float64)
    for i in range(n):
        for j in range(n):
            a[i, j] = ((i * 13 - j * 7) % 17 - 8) * 0.125 + 1.0 / (i + j + 1)
            b[i, j] = ((j * 11 - i * 5) % 19 - 9) * 0.0625 - 1.0 / (2 * i + j + 1)
    matmul(a, b, c)
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += c[i, j]
    return s

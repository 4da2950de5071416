import numpy as np
from pyjit import jit
ITERS = 20

@jit
def jacobi_step(src, dst, f):
    n = src.shape[0]
    m = src.shape[1]
    diff = 0.0
    for i in range(n):
        ip = (i + 1) % n
        for j in range(m):
            jp = j + 1 if j + 1 < m else 0
            v = 0.25 * (src[i - 1, j] + src[ip, j] + src[i, j - 1] + src[i, jp]) + f[i, j]
            diff = max(diff, abs(v - src[i, j]))
            dst[i, j] = v
    return diff

@jit
def run(n):
    a = np.empty((n, n), np.float64)
    b = np.zeros((n, n), np.float64)
    f = np.zeros((n, n), np.float64)
    for i in range(n):
        for j in range(n):
            a[i, j] = ((i * 31 + j * 17) % 23) * 0.1
            if (i * 7 + j * 3) % 29 == 0:
                f[i, j] = 0.01 * ((i + j) % 5 - 2)
    diff = 0.0
    for it in range(ITERS):
        diff = jacobi_step(a, b, f)
        a, b = b, a
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += a[i, j]
    return s + diff

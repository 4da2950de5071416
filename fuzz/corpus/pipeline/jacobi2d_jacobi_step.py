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

import numpy as np
from pyjit import jit
CAP = 16384

@jit
def fill(a):
    for i in range(len(a)):
        v = (i * 7919) % 2003 - 1001
        a[i] = float(v // 3) + (v % 5) * 0.25 + 1.0 / (i + 1)

@jit
def sum_array(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s

@jit
def run(n):
    m = n if n < CAP else CAP
    a = np.empty(m, np.float64)
    fill(a)
    total = 0.0
    for p in range(n // m):
        total += sum_array(a)
        a[p % m] += 0.5
    return total

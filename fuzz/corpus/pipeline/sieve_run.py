import numpy as np
from pyjit import jit
MOD = 1000000007

@jit
def sieve(flags):
    n = len(flags) - 1
    flags[0] = 0
    flags[1] = 0
    p = 2
    while p ** 2 <= n:
        if flags[p]:
            for q in range(p * p, n + 1, p):
                flags[q] = 0
        p += 1

@jit
def mark_twins(flags, twin):
    n = len(flags) - 1
    count = 0
    for p in range(2, n - 1):
        if not flags[p]:
            continue
        if flags[p + 2] and not twin[p]:
            twin[p] = True
            count += 1
    return count

@jit
def run(n):
    flags = np.ones(n + 1, np.uint8)
    sieve(flags)
    twin = np.zeros(n + 1, np.bool_)
    twins = mark_twins(flags, twin)
    count = 0
    total = 0
    h = 0
    for i in range(n + 1):
        if flags[i] != 0:
            count += 1
            total += i
        if twin[i]:
            h = (h * 31 + i) % MOD
    return count * MOD + (total % MOD + twins * 1000003 + h) % MOD

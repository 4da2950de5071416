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

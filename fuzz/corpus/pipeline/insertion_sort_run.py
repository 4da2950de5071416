import numpy as np
from pyjit import jit
LCG_A = 1103515245
LCG_C = 12345
LCG_MASK = 0x7FFFFFFF
MOD = 1000000007

@jit
def fill_lcg(a, seed):
    state = seed
    for i in range(len(a)):
        state = (state * LCG_A + LCG_C) & LCG_MASK
        a[i] = state >> 8
    return state

@jit
def insertion_sort(a):
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key

@jit
def run(n):
    a = np.empty(n, np.int64)
    fill_lcg(a, 42)
    insertion_sort(a)
    ok = True
    h = 0
    for i in range(n):
        if i > 0 and a[i - 1] > a[i]:
            ok = False
        h = (h * 31 + a[i]) % MOD
    return (h * 2 + (1 if ok else 0)) * 16777216 + a[-1]

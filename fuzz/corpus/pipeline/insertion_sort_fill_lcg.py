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

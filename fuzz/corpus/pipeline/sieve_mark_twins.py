import numpy as np
from pyjit import jit
MOD = 1000000007

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

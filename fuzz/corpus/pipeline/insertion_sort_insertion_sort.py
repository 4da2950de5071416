import numpy as np
from pyjit import jit
LCG_A = 1103515245
LCG_C = 12345
LCG_MASK = 0x7FFFFFFF
MOD = 1000000007

@jit
def insertion_sort(a):
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key

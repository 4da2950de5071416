import math
from pyjit import jit

@jit
def fnv1a(n):
    # 32-bit FNV-1a reduced mod a prime: products stay below 2**56
    h = 2166136261
    for i in range(n):
        h = (h ^ (i & 0xFF)) * 16777619 % 4294967291
    return h

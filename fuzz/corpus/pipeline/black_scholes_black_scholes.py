import math
import numpy as np
from pyjit import jit
CAP = 16384
INV_SQRT2 = 0.7071067811865476

@jit
def cnd(x):
    return 0.5 * (1.0 + math.erf(x * INV_SQRT2))

@jit
def black_scholes(S, K, T, r, v, call, put):
    for i in range(len(S)):
        sqrt_t = math.sqrt(T[i])
        d1 = (math.log(S[i] / K[i]) + (r + 0.5 * v * v) * T[i]) / (v * sqrt_t)
        d2 = d1 - v * sqrt_t
        disc = K[i] * math.exp(-r * T[i])
        call[i] = S[i] * cnd(d1) - disc * cnd(d2)
        put[i] = disc * cnd(-d2) - S[i] * cnd(-d1)

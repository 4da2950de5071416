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

@jit
def run(n):
    m = n if n < CAP else CAP
    S = np.empty(m, np.float64)
    K = np.empty(m, np.float64)
    T = np.empty(m, np.float64)
    call = np.zeros(m, np.float64)
    put = np.zeros(m, np.float64)
    for i in range(m):
        S[i] = 50.0 + (i % 101) * 0.5
        K[i] = 40.0 + (i * 7 % 61) * 0.75
        T[i] = 0.25 + (i % 17) * 0.125
    total = 0.0
    for p in range(n // m):
        r = 0.01 + 0.0025 * (p % 8)
        v = 0.15 + 0.01 * (p % 11)
        black_scholes(S, K, T, r, v, call, put)
        for i in range(m):
            total += call[i] + put[i]
    return total

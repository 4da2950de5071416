import math
import numpy as np
from pyjit import jit

@jit
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

@jit
def mul_Av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * v[j]
        out[i] = s

@jit
def mul_Atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * v[j]
        out[i] = s

@jit
def mul_AtAv(v, out, tmp):
    mul_Av(v, tmp)
    mul_Atv(tmp, out)

@jit
def run(n):
    u = np.ones(n, np.float64)
    v = np.zeros(n, np.float64)
    tmp = np.zeros(n, np.float64)
    for k in range(10):
        mul_AtAv(u, v, tmp)
        mul_AtAv(v, u, tmp)
    vBv = 0.0
    vv = 0.0
    for i in range(n):
        vBv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vBv / vv)

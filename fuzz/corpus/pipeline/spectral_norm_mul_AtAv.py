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

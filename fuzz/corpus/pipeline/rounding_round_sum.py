import math
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def round_sum(n):
    s = 0
    for i in range(n):
        s += round(i + 0.5)
    return s

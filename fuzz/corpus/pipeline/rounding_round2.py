import math
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def round2(x, n):
    return round(x, n)

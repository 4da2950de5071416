import math
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def floor_ceil_trunc(x):
    return math.floor(x), math.ceil(x), math.trunc(x)

import math
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def round1(x):
    return round(x)

import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_floor_int(x):
    return math.floor(x) + 1

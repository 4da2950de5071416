import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_copysign(x, y):
    return math.copysign(x, y)

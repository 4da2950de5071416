import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_atan2(y, x):
    return math.atan2(y, x)

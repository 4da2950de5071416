import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_trig(x):
    return math.sin(x), math.cos(x), math.tan(x)

import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_degrees(x):
    return math.degrees(x), math.radians(x)

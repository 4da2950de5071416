import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_inverse_trig(x):
    return math.asin(x), math.acos(x), math.atan(x)

import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_nan_const():
    return math.nan, math.isnan(math.nan)

import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_classify(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)

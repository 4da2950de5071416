import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_constants():
    return math.pi, math.e, math.tau, math.inf, -math.inf

import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_hyperbolic(x):
    return math.sinh(x), math.cosh(x), math.tanh(x)

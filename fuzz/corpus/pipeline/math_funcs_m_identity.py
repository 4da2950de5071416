import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_identity(x):
    # sin^2 + cos^2 and exp(log x)
    return math.sin(x) ** 2 + math.cos(x) ** 2, math.exp(math.log(x))

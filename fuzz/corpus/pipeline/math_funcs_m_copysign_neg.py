import math
from math import sqrt, pi
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def m_copysign_neg(x, y):
    # -nan has its sign bit set: copysign sees it.
    return math.copysign(x, -y)

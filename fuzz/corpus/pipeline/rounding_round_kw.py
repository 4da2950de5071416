import math
from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def round_kw(x):
    return round(x, ndigits=1)

import math
from pyjit import jit

@jit
def logistic(r, x, n):
    for _ in range(n):
        x = r * x * (1.0 - x)
    return x

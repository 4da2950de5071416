import math
from pyjit import jit

@jit
def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of a negative number")
    x = n
    y = x // 2 + 1
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

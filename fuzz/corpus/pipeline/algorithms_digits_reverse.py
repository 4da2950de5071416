import math
from pyjit import jit

@jit
def digits_reverse(n):
    r = 0
    neg = n < 0
    if neg:
        n = -n
    while n:
        r = r * 10 + n % 10
        n //= 10
    return -r if neg else r

import math
import numba
from numba import jit, njit

@jit(nopython=True, cache=True)
def digits_sum(n):
    s = 0
    n = abs(n)
    while n > 0:
        s += n % 10
        n //= 10
    return s

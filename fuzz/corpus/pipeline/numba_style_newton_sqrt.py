import math
import numba
from numba import jit, njit

@numba.jit(nopython=True)
def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    g = x
    for _ in range(60):
        g = 0.5 * (g + x / g)
    return g

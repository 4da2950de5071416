import math
import numba
from numba import jit, njit

@njit("float64(float64, float64)")
def logaddexp(a, b):
    m = max(a, b)
    return m + math.log(math.exp(a - m) + math.exp(b - m))

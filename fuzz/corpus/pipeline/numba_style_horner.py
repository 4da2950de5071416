import math
import numba
from numba import jit, njit

@njit
def horner(x):
    return ((2.0 * x - 3.0) * x + 1.0) * x - 5.0

import math
import numpy as np
from pyjit import jit
CAP = 16384
INV_SQRT2 = 0.7071067811865476

@jit
def cnd(x):
    return 0.5 * (1.0 + math.erf(x * INV_SQRT2))

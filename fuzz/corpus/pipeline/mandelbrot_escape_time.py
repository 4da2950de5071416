import numpy as np
from pyjit import jit
MAX_ITER = 200
MOD = 1000000007

@jit
def escape_time(cr, ci):
    zr = 0.0
    zi = 0.0
    it = 0
    while it < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        it += 1
    return it

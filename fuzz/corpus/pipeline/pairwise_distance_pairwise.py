import math
import numpy as np
from pyjit import jit
BIG = 1.0e300

@jit
def pairwise(pts, nearest):
    n = pts.shape[0]
    total = 0.0
    for i in range(n):
        best = BIG
        xi = pts[i, 0]
        yi = pts[i, 1]
        zi = pts[i, 2]
        for j in range(n):
            if j == i:
                continue
            dx = xi - pts[j, 0]
            dy = yi - pts[j, 1]
            dz = zi - pts[j, 2]
            d = math.sqrt(dx * dx + dy * dy + dz * dz)
            if j > i:
                total += d
            best = min(best, d)
        nearest[i] = best
    return total

import math
import numpy as np
from pyjit import jit
BIG = 1.0e300

@jit
def make_points(pts):
    for i in range(pts.shape[0]):
        t = 0.1 * i
        r = 1.0 + 0.001 * i
        pts[i, 0] = r * math.cos(t)
        pts[i, 1] = r * math.sin(t)
        pts[i, 2] = 0.01 * i - 0.5 * math.sin(0.37 * i)

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

@jit
def run(n):
    pts = np.empty((n, 3), np.float64)
    nearest = np.zeros(n, np.float64)
    make_points(pts)
    total = pairwise(pts, nearest)
    s = 0.0
    for i in range(n):
        s += nearest[i]
    return total + s

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

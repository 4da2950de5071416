import math
import numpy as np
from pyjit import jit
DAYS_PER_YEAR = 365.24

@jit
def set_body(pos, vel, mass, b, x, y, z, vx, vy, vz, m):
    pos[b, 0] = x
    pos[b, 1] = y
    pos[b, 2] = z
    vel[b, 0] = vx * DAYS_PER_YEAR
    vel[b, 1] = vy * DAYS_PER_YEAR
    vel[b, 2] = vz * DAYS_PER_YEAR
    mass[b] = m * (4.0 * math.pi * math.pi)

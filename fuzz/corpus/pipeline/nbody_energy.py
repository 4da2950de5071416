import math
import numpy as np
from pyjit import jit
DAYS_PER_YEAR = 365.24

@jit
def energy(pos, vel, mass):
    nb = pos.shape[0]
    e = 0.0
    for i in range(nb):
        vx = vel[i, 0]
        vy = vel[i, 1]
        vz = vel[i, 2]
        e += 0.5 * mass[i] * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, nb):
            dx = pos[i, 0] - pos[j, 0]
            dy = pos[i, 1] - pos[j, 1]
            dz = pos[i, 2] - pos[j, 2]
            e -= mass[i] * mass[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e

import math
import numpy as np
from pyjit import jit
DAYS_PER_YEAR = 365.24

@jit
def offset_momentum(vel, mass):
    solar_mass = 4.0 * math.pi * math.pi
    for k in range(3):
        p = 0.0
        for i in range(len(mass)):
            p += vel[i, k] * mass[i]
        vel[0, k] = -p / solar_mass

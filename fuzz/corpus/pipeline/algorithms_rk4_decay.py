import math
from pyjit import jit

@jit
def rk4_decay(k, y0, h, steps):
    y = y0
    for _ in range(steps):
        k1 = -k * y
        k2 = -k * (y + 0.5 * h * k1)
        k3 = -k * (y + 0.5 * h * k2)
        k4 = -k * (y + h * k3)
        y += h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)
    return y, math.exp(-k * h * steps) * y0

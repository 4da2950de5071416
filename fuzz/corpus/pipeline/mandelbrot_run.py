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

@jit
def mandelbrot(counts, x0, y0, dx, dy):
    h = counts.shape[0]
    w = counts.shape[1]
    inside = 0
    for i in range(h):
        ci = y0 + i * dy
        for j in range(w):
            cr = x0 + j * dx
            it = escape_time(cr, ci)
            counts[i, j] = it
            if it == MAX_ITER:
                inside += 1
    return inside

@jit
def run(n):
    counts = np.zeros((n, n), np.uint8)
    inside = mandelbrot(counts, -2.0, -1.25, 2.5 / n, 2.5 / n)
    h = 0
    for i in range(n):
        for j in range(n):
            h = (h * 31 + int(counts[i, j])) % MOD
    return inside * MOD + h

# examples/kernel.py — the README demo kernel: midpoint-rule integration of
# sin(x)^2 * exp(-x/4) over [a, b], a typical scalar numeric loop.
import math

from pyjit import jit


@jit
def integrate(a, b, n):
    h = (b - a) / n
    s = 0.0
    for i in range(n):
        x = a + (i + 0.5) * h
        sx = math.sin(x)
        s += sx * sx * math.exp(-x / 4.0)
    return s * h


@jit
def collatz_longest(limit):
    best, best_start = 0, 1
    for start in range(1, limit + 1):
        x, steps = start, 1
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_start = steps, start
    return best_start, best

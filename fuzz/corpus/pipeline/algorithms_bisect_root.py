import math
from pyjit import jit

@jit
def bisect_root(lo, hi):
    # root of x**3 - 2x - 5
    for _ in range(100):
        mid = (lo + hi) / 2.0
        if (mid ** 3 - 2.0 * mid - 5.0) * (lo ** 3 - 2.0 * lo - 5.0) > 0.0:
            lo = mid
        else:
            hi = mid
    return lo, hi

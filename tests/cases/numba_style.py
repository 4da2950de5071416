# Numba spellings: `from numba import njit, jit`, `import numba` with
# @numba.njit / @numba.jit(nopython=True, cache=True), Numba-style kernels.
import math

import numba
from numba import jit, njit


@njit
def horner(x):
    return ((2.0 * x - 3.0) * x + 1.0) * x - 5.0


@numba.njit(cache=True)
def trapezoid(a, b, n):
    h = (b - a) / n
    s = 0.5 * (math.exp(-a * a) + math.exp(-b * b))
    for i in range(1, n):
        x = a + i * h
        s += math.exp(-x * x)
    return s * h


@numba.jit(nopython=True)
def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    g = x
    for _ in range(60):
        g = 0.5 * (g + x / g)
    return g


@jit(nopython=True, cache=True)
def digits_sum(n):
    s = 0
    n = abs(n)
    while n > 0:
        s += n % 10
        n //= 10
    return s


@njit("float64(float64, float64)")
def logaddexp(a, b):
    m = max(a, b)
    return m + math.log(math.exp(a - m) + math.exp(b - m))


@numba.njit
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


@njit
def count_primes(n):
    c = 0
    for k in range(n):
        if is_prime(k):
            c += 1
    return c


CASES = [
    ("horner", (0.0,)),
    ("horner", (1.5,)),
    ("horner", (-2.0,)),
    ("trapezoid", (0.0, 1.0, 1000)),
    ("trapezoid", (-3.0, 3.0, 64)),
    ("newton_sqrt", (2.0,)),
    ("newton_sqrt", (0.0,)),
    ("newton_sqrt", (1e300,)),
    ("digits_sum", (9223372036854775807,)),
    ("digits_sum", (-12345,)),
    ("digits_sum", (0,)),
    ("logaddexp", (1000.0, 1000.0)),
    ("logaddexp", (-1.0, 2.0)),
    ("is_prime", (97,)),
    ("is_prime", (1,)),
    ("is_prime", (1000000007,)),
    ("count_primes", (1000,)),
]

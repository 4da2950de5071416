# Small whole kernels mixing everything: numeric loops, integer hashing,
# series, bisection, tuple state machines.
import math

from pyjit import jit


@jit
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


@jit
def leibniz_pi(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


@jit
def fnv1a(n):
    # 32-bit FNV-1a reduced mod a prime: products stay below 2**56
    h = 2166136261
    for i in range(n):
        h = (h ^ (i & 0xFF)) * 16777619 % 4294967291
    return h


@jit
def xorshift(seed, n):
    x = seed
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
    return x


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


@jit
def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of a negative number")
    x = n
    y = x // 2 + 1
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


@jit
def euler_totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


@jit
def logistic(r, x, n):
    for _ in range(n):
        x = r * x * (1.0 - x)
    return x


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


@jit
def state_machine(n):
    state = (0, 1, 0.0)
    for i in range(n):
        a, b, acc = state
        if i % 3 == 0:
            state = (b, a + b, acc + 0.5)
        elif i % 3 == 1:
            state = (a, b - 1, acc * 2.0)
        else:
            state = (a + 1, b, acc - 1.0)
    return state


@jit
def digits_reverse(n):
    r = 0
    neg = n < 0
    if neg:
        n = -n
    while n:
        r = r * 10 + n % 10
        n //= 10
    return -r if neg else r


CASES = [
    ("harmonic", (1000,)),
    ("harmonic", (0,)),
    ("leibniz_pi", (100000,)),
    ("fnv1a", (1000,)),
    ("xorshift", (2463534242, 1000)),
    ("bisect_root", (2.0, 3.0)),
    ("isqrt", (0,)),
    ("isqrt", (99,)),
    ("isqrt", (9223372036854775807,)),
    ("isqrt", (-4,)),
    ("euler_totient", (36,)),
    ("euler_totient", (97,)),
    ("euler_totient", (1000000007 * 3,)),
    ("logistic", (3.7, 0.5, 1000)),
    ("rk4_decay", (0.5, 1.0, 0.01, 1000)),
    ("state_machine", (20,)),
    ("digits_reverse", (123456789,)),
    ("digits_reverse", (-1200,)),
    ("digits_reverse", (0,)),
]

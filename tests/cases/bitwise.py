# Bitwise operators and shifts on int64 (Python semantics: arithmetic right
# shift, shift counts >= 64, negative counts raise) and on bools.
from pyjit import njit

INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1


@njit
def band(a, b):
    return a & b


@njit
def bor(a, b):
    return a | b


@njit
def bxor(a, b):
    return a ^ b


@njit
def inv(a):
    return ~a


@njit
def lshift(a, n):
    return a << n


@njit
def rshift(a, n):
    return a >> n


@njit
def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


@njit
def mix(a, b):
    return (a & 0xFF) | (b << 8) ^ (~a & 0x0F)


@njit
def aug_bits(a):
    a |= 0b1010
    a &= 0o777
    a ^= 0x5
    a <<= 3
    a >>= 1
    return a


CASES = [
    ("band", (12, 10)),
    ("band", (-1, 255)),
    ("band", (INT64_MIN, -1)),
    ("band", (True, False)),
    ("band", (True, True)),
    ("bor", (12, 10)),
    ("bor", (INT64_MIN, INT64_MAX)),
    ("bor", (False, False)),
    ("bor", (False, True)),
    ("bxor", (12, 10)),
    ("bxor", (-1, INT64_MAX)),
    ("bxor", (True, True)),
    ("inv", (0,)),
    ("inv", (-1,)),
    ("inv", (INT64_MAX,)),
    ("inv", (INT64_MIN,)),
    ("inv", (True,)),
    ("lshift", (1, 0)),
    ("lshift", (1, 62)),
    ("lshift", (-1, 63)),
    ("lshift", (3, 10)),
    ("lshift", (0, 200)),
    ("lshift", (-5, 4)),
    ("lshift", (1, -1)),
    ("rshift", (1024, 3)),
    ("rshift", (-1024, 3)),
    ("rshift", (-1, 1)),
    ("rshift", (-7, 1)),
    ("rshift", (7, 1)),
    ("rshift", (INT64_MAX, 62)),
    ("rshift", (INT64_MAX, 63)),
    ("rshift", (INT64_MAX, 64)),
    ("rshift", (INT64_MIN, 63)),
    ("rshift", (INT64_MIN, 64)),
    ("rshift", (-5, 1000)),
    ("rshift", (5, 1000)),
    ("rshift", (8, -2)),
    ("popcount", (0,)),
    ("popcount", (255,)),
    ("popcount", (INT64_MAX,)),
    ("mix", (0x1234, 3)),
    ("mix", (-1, -1)),
    ("aug_bits", (0,)),
    ("aug_bits", (-100,)),
]

# round(): half-even with 1 argument (returns int) and 2 arguments (returns
# float for floats, int for ints), negative ndigits, the .5 cases that are
# not exactly representable, inf/nan errors; math.floor/ceil/trunc.
import math

from pyjit import jit

INF = float("inf")
NAN = float("nan")


@jit
def round1(x):
    return round(x)


@jit
def round2(x, n):
    return round(x, n)


@jit
def round_kw(x):
    return round(x, ndigits=1)


@jit
def floor_ceil_trunc(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


@jit
def round_sum(n):
    s = 0
    for i in range(n):
        s += round(i + 0.5)
    return s


CASES = [
    ("round1", (0.5,)),
    ("round1", (1.5,)),
    ("round1", (2.5,)),
    ("round1", (3.5,)),
    ("round1", (-0.5,)),
    ("round1", (-1.5,)),
    ("round1", (-2.5,)),
    ("round1", (2.4999999999999996,)),
    ("round1", (0.49999999999999994,)),
    ("round1", (-0.0,)),
    ("round1", (1e18,)),
    ("round1", (4503599627370497.0,)),
    ("round1", (INF,)),
    ("round1", (-INF,)),
    ("round1", (NAN,)),
    ("round1", (7,)),
    ("round1", (-7,)),
    ("round2", (2.675, 2)),
    ("round2", (0.125, 2)),
    ("round2", (0.375, 2)),
    ("round2", (1.5, 0)),
    ("round2", (2.5, 0)),
    ("round2", (-0.4, 0)),
    ("round2", (-0.5, 0)),
    ("round2", (0.5, 0)),
    ("round2", (1234.5678, -2)),
    ("round2", (1250.0, -2)),
    ("round2", (1350.0, -2)),
    ("round2", (-1350.0, -2)),
    ("round2", (1.23456789, 5)),
    ("round2", (5e-324, 2)),
    ("round2", (5e-324, 330)),
    ("round2", (1e300, 2)),
    ("round2", (1e300, -299)),
    ("round2", (1.5, 400)),
    ("round2", (123.456, -400)),
    ("round2", (-123.456, -400)),
    ("round2", (INF, 2)),
    ("round2", (NAN, 2)),
    ("round2", (-INF, -2)),
    ("round2", (0.1 + 0.2, 16)),
    ("round2", (12345, -2)),
    ("round2", (12350, -2)),
    ("round2", (12250, -2)),
    ("round2", (-12350, -2)),
    ("round2", (15, -1)),
    ("round2", (25, -1)),
    ("round2", (7, 0)),
    ("round2", (7, 3)),
    ("round2", (-5, -1)),
    ("round2", (9223372036854775807, -20)),
    ("round2", (4611686018427387904, -18)),
    ("round2", (1.7976931348623157e308, -308)),  # OverflowError: rounded value too large
    ("round2", (-1.5e308, -308)),
    ("round2", (9.5e307, -307)),
    ("round2", (1e308, -309)),
    ("round2", (INF, -3)),
    ("round_kw", (0.25,)),
    ("round_kw", (0.35,)),
    ("floor_ceil_trunc", (2.5,)),
    ("floor_ceil_trunc", (-2.5,)),
    ("floor_ceil_trunc", (-0.0,)),
    ("floor_ceil_trunc", (1e18,)),
    ("floor_ceil_trunc", (-1e-300,)),
    ("floor_ceil_trunc", (7,)),
    ("floor_ceil_trunc", (-9223372036854775807 - 1,)),
    ("floor_ceil_trunc", (INF,)),
    ("floor_ceil_trunc", (NAN,)),
    ("round_sum", (10,)),
]

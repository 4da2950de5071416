# Builtins: abs, min, max (2+ arguments, nan and -0.0 order rules), int,
# float, bool conversions with their errors, len of tuples.
from pyjit import jit

INF = float("inf")
NAN = float("nan")
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1


@jit
def abs_(x):
    return abs(x)


@jit
def min2(a, b):
    return min(a, b)


@jit
def max2(a, b):
    return max(a, b)


@jit
def min3(a, b, c):
    return min(a, b, c)


@jit
def max3(a, b, c):
    return max(a, b, c)


@jit
def max5(a, b, c, d, e):
    return max(a, b, c, d, e)


@jit
def to_int(x):
    return int(x)


@jit
def to_float(x):
    return float(x)


@jit
def to_bool(x):
    return bool(x)


@jit
def conversions(i):
    return float(i) / 2, int(float(i) / 2), bool(i - i)


@jit
def clamp_minmax(x, lo, hi):
    return max(lo, min(x, hi))


CASES = [
    ("abs_", (-5,)),
    ("abs_", (5,)),
    ("abs_", (0,)),
    ("abs_", (INT64_MAX,)),
    ("abs_", (INT64_MIN + 1,)),
    ("abs_", (-2.5,)),
    ("abs_", (-0.0,)),
    ("abs_", (-INF,)),
    ("abs_", (NAN,)),
    ("abs_", (-5e-324,)),
    ("abs_", (True,)),
    ("min2", (3, 5)),
    ("min2", (5, 3)),
    ("min2", (INT64_MIN, INT64_MAX)),
    ("min2", (2.5, -2.5)),
    ("min2", (-0.0, 0.0)),
    ("min2", (0.0, -0.0)),
    ("min2", (NAN, 1.0)),
    ("min2", (1.0, NAN)),
    ("min2", (-INF, NAN)),
    ("min2", (True, False)),
    ("max2", (3, 5)),
    ("max2", (-3, -5)),
    ("max2", (-0.0, 0.0)),
    ("max2", (0.0, -0.0)),
    ("max2", (NAN, 1.0)),
    ("max2", (1.0, NAN)),
    ("max2", (INF, NAN)),
    ("max2", (False, True)),
    ("min3", (3, 1, 2)),
    ("min3", (1.0, NAN, 0.5)),
    ("min3", (NAN, 2.0, 1.0)),
    ("min3", (2, 2, 2)),
    ("max3", (1.0, NAN, 2.0)),
    ("max3", (NAN, NAN, 1.0)),
    ("max3", (-1, -2, -3)),
    ("max5", (1, 9, 3, 9, 2)),
    ("max5", (0.0, -0.0, 0.0, -0.0, -1.0)),
    ("to_int", (2.7,)),
    ("to_int", (-2.7,)),
    ("to_int", (-0.0,)),
    ("to_int", (0.9999999999999999,)),
    ("to_int", (1e18,)),
    ("to_int", (9.2e18,)),
    ("to_int", (-9.223372036854775808e18,)),
    ("to_int", (5e-324,)),
    ("to_int", (NAN,)),
    ("to_int", (INF,)),
    ("to_int", (-INF,)),
    ("to_int", (True,)),
    ("to_int", (-17,)),
    ("to_float", (3,)),
    ("to_float", (-3,)),
    ("to_float", (0,)),
    ("to_float", (INT64_MAX,)),
    ("to_float", (INT64_MIN,)),
    ("to_float", (9007199254740993,)),
    ("to_float", (False,)),
    ("to_float", (2.5,)),
    ("to_bool", (0,)),
    ("to_bool", (-3,)),
    ("to_bool", (0.0,)),
    ("to_bool", (-0.0,)),
    ("to_bool", (NAN,)),
    ("to_bool", (None,)),
    ("to_bool", (True,)),
    ("to_bool", ((),)),
    ("to_bool", ((0,),)),
    ("conversions", (7,)),
    ("conversions", (-7,)),
    ("clamp_minmax", (5, 0, 3)),
    ("clamp_minmax", (-1.5, 0.0, 3.0)),
]

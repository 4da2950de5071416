# Comparisons: ints, floats, mixed int/float (compared exactly, as CPython
# does), -0.0, nan, inf, chained comparisons with single evaluation, is/is not None.
from pyjit import jit

INF = float("inf")
NAN = float("nan")


@jit
def all_cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


@jit
def chain(a, b, c):
    return a < b < c


@jit
def chain_mixed(a, b, c):
    return a <= b > c != a


@jit
def chain_eq(a, b, c, d):
    return a == b == c == d


@jit
def between(x):
    return 0.0 <= x < 1.0


@jit
def counted(x):
    print("evaluated", x)
    return x


@jit
def chain_once(a, b, c):
    # counted(b) runs once; counted(c) only if a < b.
    return a < counted(b) < counted(c)


@jit
def is_none(x):
    return x is None, x is not None


@jit
def cmp_bools(a, b):
    return a < b, a == b, a > b


@jit
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    elif x == 0:
        return 0
    return 99


CASES = [
    ("all_cmp", (1, 2)),
    ("all_cmp", (2, 2)),
    ("all_cmp", (-9223372036854775807 - 1, 9223372036854775807)),
    ("all_cmp", (1.5, 1.5)),
    ("all_cmp", (0.0, -0.0)),
    ("all_cmp", (NAN, NAN)),
    ("all_cmp", (NAN, 1.0)),
    ("all_cmp", (INF, INF)),
    ("all_cmp", (-INF, 5e-324)),
    ("all_cmp", (1, 1.0)),
    ("all_cmp", (1, 1.5)),
    ("all_cmp", (3, NAN)),
    ("all_cmp", (9007199254740993, 9007199254740992.0)),
    ("all_cmp", (9223372036854775807, 9.223372036854775807e18)),
    ("all_cmp", (-9223372036854775807 - 1, -9.223372036854775808e18)),
    ("all_cmp", (9007199254740992.0, 9007199254740993)),
    ("chain", (1, 2, 3)),
    ("chain", (1, 3, 2)),
    ("chain", (3, 2, 1)),
    ("chain", (1, 1, 2)),
    ("chain", (0.5, NAN, 1.0)),
    ("chain_mixed", (1, 5, 2)),
    ("chain_mixed", (1, 5, 1)),
    ("chain_mixed", (6, 5, 2)),
    ("chain_eq", (1, 1, 1, 1)),
    ("chain_eq", (1, 1, 2, 1)),
    ("chain_eq", (0.0, -0.0, 0.0, -0.0)),
    ("between", (0.0,)),
    ("between", (-0.0,)),
    ("between", (0.999999,)),
    ("between", (1.0,)),
    ("between", (NAN,)),
    ("chain_once", (1, 2, 3)),
    ("chain_once", (5, 2, 3)),
    ("chain_once", (1, 3, 2)),
    ("is_none", (None,)),
    ("is_none", (0,)),
    ("is_none", (0.0,)),
    ("cmp_bools", (True, False)),
    ("cmp_bools", (False, False)),
    ("sign", (5,)),
    ("sign", (-5,)),
    ("sign", (0,)),
    ("sign", (-0.0,)),
    ("sign", (NAN,)),
    ("sign", (-INF,)),
]

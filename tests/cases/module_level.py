# Module level: frozen constants (ints, floats, bools, tuples, negative
# literals, expressions of earlier constants, hex/underscore literals, a later
# rebinding wins), `import math` and `from math import ...` aliases.
import math
from math import floor as m_floor, pi, sqrt

from pyjit import jit, njit

N = 10
M = N * 2 + 1
SCALE = 2.5
NEG = -3
BIG = 1_000_000_007
MASK = 0xFF_FF
FLAG = True
OFF = False
PAIR = (3, 4.5)
NESTED = ((1, 2), (3, 4))
HALF = 1 / 2
POW = 2 ** 40
SHIFTED = (1 << 20) | 5
TWICE_SCALE = SCALE * 2
LIMIT = 100
LIMIT = 200  # the later binding wins
NEG_ZERO = -0.0
TINY = 5e-324
HUGE = 1.7976931348623157e308
TAU2 = 2 * pi
NOTHING = None


@jit
def use_ints(x):
    return x + N + M + NEG


@njit
def use_floats(x):
    return x * SCALE + HALF + TWICE_SCALE


@jit
def use_bools(x):
    if FLAG and not OFF:
        return x
    return -x


@jit
def use_tuple_const(i):
    return PAIR[0] * i + PAIR[1], NESTED[1][0], PAIR


@jit
def use_big(x):
    return (x * 31 + 7) % BIG, x & MASK, POW + SHIFTED


@jit
def use_limit():
    return LIMIT


@jit
def use_special_floats():
    return NEG_ZERO, TINY, HUGE, TAU2


@jit
def use_none_const():
    return NOTHING


@jit
def use_math_alias(x):
    return m_floor(x), sqrt(x), pi


@jit
def loop_const():
    s = 0
    for i in range(N):
        s += i * M
    return s


CASES = [
    ("use_ints", (1,)),
    ("use_ints", (-100,)),
    ("use_floats", (2.0,)),
    ("use_floats", (-0.0,)),
    ("use_bools", (5,)),
    ("use_tuple_const", (2,)),
    ("use_big", (123456789,)),
    ("use_big", (-1,)),
    ("use_limit", ()),
    ("use_special_floats", ()),
    ("use_none_const", ()),
    ("use_math_alias", (10.5,)),
    ("loop_const", ()),
]

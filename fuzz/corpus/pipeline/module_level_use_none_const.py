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
def use_none_const():
    return NOTHING

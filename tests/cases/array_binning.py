# Binning loops: int(math.floor(x)) / int(x) of array elements feeding a range
# compare, the histogram pattern. The exactness check of the conversion runs
# behind the compare on x86 (codegen/postopt.c): NaN, inf and the value
# -2**63 itself must still give CPython's answers under every compare shape.
import math

import numpy as np
from pyjit import jit

M = 40


@jit
def fill(lo, hi, special, pos):
    data = np.empty(M, np.float64)
    for i in range(M):
        data[i] = lo + (hi - lo) * (i * 1.6 / M - 0.3)
    if 0 <= pos < M:
        data[pos] = special
    return data


@jit
def chain(lo, hi, nb, special, pos):
    data = fill(lo, hi, special, pos)
    hist = np.zeros(nb, np.int64)
    scale = nb / (hi - lo)
    under = 0
    over = 0
    for i in range(len(data)):
        b = int(math.floor((data[i] - lo) * scale))
        if 0 <= b < nb:
            hist[b] += 1
        elif b < 0:
            under += 1
        else:
            over += 1
    h = 0
    for b in range(nb):
        h = h * 31 + hist[b]
    return h, under, over


@jit
def chain_len(scale, off, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hist = np.zeros(6, np.int64)
    out = 0
    for i in range(len(data)):
        b = int(data[i] * scale + off)
        if b >= 0 and b < len(hist):
            hist[b] += 1
        else:
            out += 1
    return hist, out


@jit
def nonneg(scale, off, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if b >= 0:
            hits[i] = i + 1
    return hits


@jit
def below_const(scale, off, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if b < 2:
            hits[i] = i + 1
    return hits


@jit
def equal_const(scale, off, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if b == 1:
            hits[i] = i + 1
    return hits


@jit
def above_var(scale, off, n, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if b > n:
            hits[i] = i + 1
    return hits


@jit
def atmost_var(scale, off, n, special, pos):
    data = fill(-4.0, 4.0, special, pos)
    hits = np.zeros(M, np.int64)
    for i in range(len(data)):
        b = int(math.floor(data[i] * scale + off))
        if n >= b:
            hits[i] = i + 1
    return hits


@jit
def first_in(lo, hi, special, pos):
    data = fill(lo, hi, special, pos)
    for i in range(len(data)):
        b = int(math.floor(data[i]))
        if 0 <= b < 3:
            return i
    return -1


NAN = float("nan")
INF = float("inf")
MIN = -(2.0 ** 63)  # int() of it is -2**63 exactly: in range for pyjit
INT_MIN = -9223372036854775807 - 1
NEAR = -9.223372036854775e18  # the double above -2**63

CASES = [
    ("chain", (0.0, 1.0, 8, 0.5, -1)),
    ("chain", (-1.0, 2.5, 16, 0.5, 3)),
    ("chain", (0.0, 1.0, 8, NAN, 0)),
    ("chain", (0.0, 1.0, 8, NAN, 20)),
    ("chain", (0.0, 1.0, 8, INF, 39)),
    ("chain", (0.0, 1.0, 8, -INF, 5)),
    ("chain", (0.0, 1.0, 1, MIN, 7)),
    ("chain", (0.0, 1.0, 1, NEAR, 7)),
    ("chain", (0.0, 1.0, 0, 0.5, 2)),
    ("chain", (0.0, 1.0, 8, -0.0, 0)),
    ("chain", (0.0, 1.0, 8, 0.9999999999999999, 12)),
    ("chain_len", (1.0, 3.0, 0.5, -1)),
    ("chain_len", (1.0, 3.0, NAN, 17)),
    ("chain_len", (1.0, 3.0, INF, 2)),
    ("chain_len", (1.0, 3.0, -INF, 2)),
    ("chain_len", (1.0, 0.0, MIN, 9)),
    ("chain_len", (1.0, 0.0, NEAR, 9)),
    ("chain_len", (1.0, 0.0, 2.0 ** 62, 9)),
    ("nonneg", (1.0, 0.0, 0.5, -1)),
    ("nonneg", (1.0, 0.0, MIN, 30)),
    ("nonneg", (1.0, 0.0, NAN, 30)),
    ("nonneg", (1.0, 0.0, -INF, 0)),
    ("below_const", (1.0, 0.0, MIN, 1)),
    ("below_const", (1.0, 0.0, NAN, 1)),
    ("below_const", (1.0, 0.0, INF, 39)),
    ("below_const", (2.0, 1.0, 0.25, 4)),
    ("equal_const", (1.0, 0.0, MIN, 11)),
    ("equal_const", (1.0, 0.0, NAN, 11)),
    ("equal_const", (1.0, 0.0, 1.5, 11)),
    ("above_var", (1.0, 0.0, 1, MIN, 8)),
    ("above_var", (1.0, 0.0, INT_MIN, MIN, 8)),
    ("above_var", (1.0, 0.0, INT_MIN, NEAR, 8)),
    ("above_var", (1.0, 0.0, 1, NAN, 8)),
    ("atmost_var", (1.0, 0.0, 0, MIN, 8)),
    ("atmost_var", (1.0, 0.0, INT_MIN, MIN, 8)),
    ("atmost_var", (1.0, 0.0, INT_MIN, 0.5, 8)),
    ("atmost_var", (1.0, 0.0, 2, -INF, 8)),
    ("first_in", (-10.0, 10.0, 0.5, -1)),
    ("first_in", (-10.0, 10.0, NAN, 3)),
    ("first_in", (-10.0, 10.0, NAN, 30)),
    ("first_in", (-10.0, 10.0, 1.5, 0)),
]

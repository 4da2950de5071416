# numba.prange / pyjit.prange: the iterations of range() (run in order by
# pyjit; parallel=True is accepted), under each spelling a Numba program uses.
import numba
import numpy as np
import pyjit
from numba import prange as nb_prange
from pyjit import njit, prange


@njit(parallel=True)
def psum(n):
    s = 0
    for i in prange(n):
        s += i * i
    return s


@njit(parallel=True)
def pstep(a, b, c):
    s = 0
    for i in prange(a, b, c):
        s = s * 3 + i
    return s


@njit
def pnumba(n):
    t = 0.0
    for i in nb_prange(n):
        t += 1.0 / (i + 1)
    return t


@njit
def pattr(n):
    t = 0
    for i in numba.prange(n):
        for j in pyjit.prange(i):
            t += j
    return t


@njit(parallel=True)
def parr(n):
    a = np.zeros(n, np.float64)
    for i in prange(n):
        a[i] = i * 0.5
    s = 0.0
    for i in prange(len(a)):
        s += a[i]
    return s


@njit
def plen(n):
    return len(prange(n))


CASES = [
    ("psum", (0,)),
    ("psum", (10,)),
    ("psum", (-3,)),
    ("pstep", (0, 10, 3)),
    ("pstep", (10, 0, -2)),
    ("pstep", (5, 5, 1)),
    ("pstep", (0, 5, 0)),
    ("pnumba", (7,)),
    ("pattr", (6,)),
    ("parr", (9,)),
    ("plen", (11,)),
]

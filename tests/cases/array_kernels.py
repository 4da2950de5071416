# Numba-style numeric kernels over arrays (issue 3), built from scalar
# arguments: sieve, histogram, matmul, stencils, prefix sums, sorting,
# in-place reversal, Horner over a coefficient array, 2-D convolution,
# LCG fills, uint8 image ops, float32 accumulation.
import math

import numpy as np
from numba import njit
from pyjit import jit


@njit
def sieve(n):
    is_p = np.ones(n + 1, np.bool_)
    is_p[0] = False
    if n >= 1:
        is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    c = 0
    for i in range(n + 1):
        if is_p[i]:
            c += 1
    return c


@njit
def primes_upto(n):
    is_p = np.ones(n + 1, np.bool_)
    is_p[:2] = False
    for i in range(2, n + 1):
        if is_p[i]:
            is_p[i * i::i] = False
    c = 0
    for x in is_p:
        if x:
            c += 1
    out = np.zeros(c, np.int64)
    k = 0
    for i in range(n + 1):
        if is_p[i]:
            out[k] = i
            k += 1
    return out


@jit
def histogram(n, bins, seed):
    h = np.zeros(bins, np.int64)
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        h[(x >> 16) % bins] += 1
    return h


@jit
def matmul(n):
    a = np.zeros((n, n))
    b = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            a[i, j] = i + j
            b[i, j] = i - j
    c = np.zeros((n, n))
    for i in range(n):
        for k in range(n):
            aik = a[i, k]
            for j in range(n):
                c[i, j] += aik * b[k, j]
    return c


@jit
def jacobi(n, iters):
    a = np.zeros((n, n))
    for j in range(n):
        a[0, j] = 100.0
    b = a.copy()
    for _ in range(iters):
        for i in range(1, n - 1):
            for j in range(1, n - 1):
                b[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
        for i in range(1, n - 1):
            for j in range(1, n - 1):
                a[i, j] = b[i, j]
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += a[i, j]
    return s


@jit
def smooth(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = (i * 7) % 5
    out = np.zeros(n)
    for i in range(1, n - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


@jit
def cumsum_int32(n):
    a = np.zeros(n, np.int32)
    for i in range(n):
        a[i] = i * i
    for i in range(1, n):
        a[i] += a[i - 1]
    return a


@jit
def insertion_sort(n, seed):
    a = np.zeros(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a[i] = (x % 1000) / 10.0
    for i in range(1, n):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


@jit
def reverse_in_place(n):
    a = np.arange(n)
    i = 0
    j = n - 1
    while i < j:
        t = a[i]
        a[i] = a[j]
        a[j] = t
        i += 1
        j -= 1
    return a


@jit
def horner(x, n):
    c = np.zeros(n)
    for i in range(n):
        c[i] = 1.0 / (i + 1)
    r = 0.0
    for k in range(n - 1, -1, -1):
        r = r * x + c[k]
    return r


@jit
def convolve2d(n):
    img = np.zeros((n, n), np.int32)
    for i in range(n):
        for j in range(n):
            img[i, j] = (i * 3 + j * 5) % 7
    k = np.ones((3, 3), np.int32)
    k[1, 1] = -8
    out = np.zeros((n - 2, n - 2), np.int32)
    for i in range(n - 2):
        for j in range(n - 2):
            s = 0
            for di in range(3):
                for dj in range(3):
                    s += img[i + di, j + dj] * k[di, dj]
            out[i, j] = s
    return out


@jit
def image_invert_threshold(n, t):
    img = np.zeros((n, n), np.uint8)
    for i in range(n):
        for j in range(n):
            img[i, j] = (i * 40 + j * 25) % 256
    out = np.zeros((n, n), np.uint8)
    for i in range(n):
        for j in range(n):
            v = 255 - img[i, j]
            out[i, j] = 255 if v > t else 0
    return out


@jit
def brighten_saturating(n):
    img = np.zeros(n, np.uint8)
    for i in range(n):
        img[i] = i * 50
    for i in range(n):
        v = img[i] + 100
        img[i] = 255 if v > 255 else v
    return img


@jit
def float32_norm(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = math.sin(i * 0.5)
    s = np.float32(0.0)
    for x in a:
        s += x * x
    return s


@jit
def pairwise_min_distance(n):
    pts = np.zeros((n, 2))
    for i in range(n):
        pts[i, 0] = math.cos(i * 1.3) * i
        pts[i, 1] = math.sin(i * 0.7) * i
    best = math.inf
    for i in range(n):
        for j in range(i + 1, n):
            dx = pts[i, 0] - pts[j, 0]
            dy = pts[i, 1] - pts[j, 1]
            d = math.sqrt(dx * dx + dy * dy)
            if d < best:
                best = d
    return best


@jit
def game_of_life(n, steps):
    g = np.zeros((n, n), np.uint8)
    g[1, 2] = 1
    g[2, 3] = 1
    g[3, 1] = 1
    g[3, 2] = 1
    g[3, 3] = 1
    for _ in range(steps):
        new = np.zeros((n, n), np.uint8)
        for i in range(n):
            for j in range(n):
                c = 0
                for di in range(-1, 2):
                    for dj in range(-1, 2):
                        if di != 0 or dj != 0:
                            c += g[(i + di) % n, (j + dj) % n]
                if c == 3 or (c == 2 and g[i, j] == 1):
                    new[i, j] = 1
        g = new
    return g


@jit
def running_max_2d_columns(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = (i * 17 + j * 31) % 23
    best = np.zeros(m, np.int64)
    for j in range(m):
        col = a[:, j]
        b = col[0]
        for x in col:
            if x > b:
                b = x
        best[j] = b
    return best


@jit
def collatz_lengths(n):
    out = np.zeros(n, np.int32)
    for i in range(1, n + 1):
        x = i
        c = 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            c += 1
        out[i - 1] = c
    return out


CASES = [
    ("sieve", (100,)),
    ("sieve", (1,)),
    ("sieve", (0,)),
    ("sieve", (10000,)),
    ("primes_upto", (30,)),
    ("primes_upto", (2,)),
    ("histogram", (1000, 8, 42)),
    ("matmul", (3,)),
    ("matmul", (1,)),
    ("jacobi", (6, 10)),
    ("smooth", (7,)),
    ("cumsum_int32", (6,)),
    ("cumsum_int32", (2000,)),
    ("insertion_sort", (8, 5)),
    ("insertion_sort", (0, 5)),
    ("reverse_in_place", (6,)),
    ("reverse_in_place", (1,)),
    ("horner", (0.5, 6)),
    ("horner", (2.0, 1)),
    ("convolve2d", (5,)),
    ("image_invert_threshold", (4, 100)),
    ("brighten_saturating", (6,)),
    ("float32_norm", (20,)),
    ("pairwise_min_distance", (12,)),
    ("game_of_life", (6, 4)),
    ("running_max_2d_columns", (5, 4)),
    ("collatz_lengths", (10,)),
]

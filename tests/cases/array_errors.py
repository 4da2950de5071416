# Run-time array errors (issue 3): @jit(boundscheck=True) raises IndexError
# with NumPy's message ("index 5 is out of bounds for axis 0 with size 3")
# on loads, stores, augmented stores, rows, views and every axis, never on
# in-range negative indices or on slices; negative dimensions raise
# ValueError("negative dimensions are not allowed"); errors after output
# and after allocations (the leak checks run these too).
import numpy as np
from numba import njit
from pyjit import jit


@jit(boundscheck=True)
def bc_get(n, i):
    a = np.arange(n)
    return a[i]


@jit(boundscheck=True)
def bc_set(n, i):
    a = np.zeros(n)
    a[i] = 1.0
    return a


@jit(boundscheck=True)
def bc_aug(n, i):
    a = np.zeros(n, np.int32)
    a[i] += 1
    return a


@jit(boundscheck=True)
def bc_get2(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    for r in range(n):
        for c in range(m):
            a[r, c] = 10 * r + c
    return a[i, j]


@jit(boundscheck=True)
def bc_set2(n, m, i, j):
    a = np.zeros((n, m), np.uint8)
    a[i, j] = 7
    return a


@jit(boundscheck=True)
def bc_chained(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    return a[i][j]


@jit(boundscheck=True)
def bc_row(n, m, i):
    a = np.zeros((n, m))
    return a[i]


@jit(boundscheck=True)
def bc_get3(i, j, k):
    a = np.zeros((2, 3, 4), np.int32)
    return a[i, j, k]


@jit(boundscheck=True)
def bc_view(n, lo, i):
    a = np.arange(n)
    v = a[lo:]
    return v[i]


@jit(boundscheck=True)
def bc_reversed_view(n, i):
    a = np.arange(n)
    v = a[::-2]
    return v[i]


@jit(boundscheck=True)
def bc_column(n, m, i):
    a = np.zeros((n, m), np.int64)
    c = a[:, 1]
    return c[i]


@jit(boundscheck=True)
def bc_transpose(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    return a.T[i, j]


@jit(boundscheck=True)
def bc_int32_index(n, i):
    a = np.arange(n)
    k = np.int32(i)
    return a[k]


@jit(boundscheck=True)
def bc_loop_off_by_one(n):
    a = np.zeros(n, np.int64)
    for i in range(n + 1):
        a[i] = i
    return a


@jit(boundscheck=True)
def bc_slices_never_raise(n):
    a = np.arange(n)
    b = a[n + 5:n + 10]
    c = a[-100:100]
    return (len(b), len(c), c[-n])


@jit(boundscheck=True)
def bc_after_print(n, i):
    a = np.arange(n)
    print("before", a[0])
    x = a[i]
    print("after", x)
    return x


@njit(boundscheck=True)
def bc_numba_spelling(n, i):
    a = np.ones(n, np.bool_)
    return a[i]


@jit(boundscheck=True)
def bc_callee(a, i):
    return a[i]


@jit(boundscheck=True)
def bc_through_callee(n, i):
    a = np.arange(n)
    t = a[0]
    t += bc_callee(a, i)
    return t


@jit(boundscheck=True)
def bc_in_nested_loop(n):
    a = np.zeros((n, n), np.int64)
    s = 0
    for i in range(n):
        for j in range(n):
            s += a[i, j + i]
    return s


@jit(boundscheck=True)
def bc_iteration_in_range(n):
    a = np.zeros((n, 2), np.int64)
    k = 0
    for row in a:
        row[1] = k
        row[-2] = -k
        k += 1
    return a


@jit
def neg_zeros(n):
    return np.zeros(n)


@jit
def neg_empty_2d(n, m):
    a = np.empty((n, m))
    a[:] = 1.0
    return a


@jit
def neg_ones_int32(n):
    return np.ones(n, np.int32)


@jit
def neg_full(n):
    return np.full((2, n), 1.5)


@jit
def neg_after_alloc(n):
    a = np.zeros(4)
    b = np.zeros(n)
    return (a, b)


@jit
def neg_in_loop(n):
    s = 0
    for k in range(3, -3, -1):
        a = np.zeros(k * n, np.int64)
        s += len(a)
    return s


@jit
def broadcast_error_2d(n):
    a = np.zeros((3, 3), np.int64)
    b = np.zeros((n, 3), np.int64)
    a[:] = b
    return a


@jit
def raise_with_live_arrays(n):
    a = np.zeros(n)
    b = a[1:]
    c = np.ones((n, n))
    if n > 2:
        raise ValueError("too big")
    return (a, b, c)


CASES = [
    ("bc_get", (3, 2)),
    ("bc_get", (3, -3)),
    ("bc_get", (3, 3)),
    ("bc_get", (3, 5)),
    ("bc_get", (3, -4)),
    ("bc_get", (0, 0)),
    ("bc_get", (0, -1)),
    ("bc_set", (3, -1)),
    ("bc_set", (3, 3)),
    ("bc_set", (3, -10)),
    ("bc_aug", (2, 1)),
    ("bc_aug", (2, 2)),
    ("bc_aug", (2, -3)),
    ("bc_get2", (3, 4, 2, 3)),
    ("bc_get2", (3, 4, 3, 0)),
    ("bc_get2", (3, 4, 0, 4)),
    ("bc_get2", (3, 4, -4, 0)),
    ("bc_get2", (3, 4, 0, -5)),
    ("bc_get2", (3, 4, 9, 9)),
    ("bc_set2", (2, 2, 1, -1)),
    ("bc_set2", (2, 2, 2, 0)),
    ("bc_set2", (2, 2, 0, 2)),
    ("bc_chained", (2, 5, 1, 4)),
    ("bc_chained", (2, 5, 2, 0)),
    ("bc_chained", (2, 5, 1, 5)),
    ("bc_chained", (2, 5, 1, -6)),
    ("bc_row", (2, 2, -2)),
    ("bc_row", (2, 2, 2)),
    ("bc_get3", (1, 2, 3)),
    ("bc_get3", (2, 0, 0)),
    ("bc_get3", (0, 3, 0)),
    ("bc_get3", (0, 0, 4)),
    ("bc_get3", (0, 0, -5)),
    ("bc_view", (5, 2, 2)),
    ("bc_view", (5, 2, 3)),
    ("bc_view", (5, 5, 0)),
    ("bc_reversed_view", (5, 2)),
    ("bc_reversed_view", (5, 3)),
    ("bc_reversed_view", (5, -4)),
    ("bc_column", (3, 2, 2)),
    ("bc_column", (3, 2, 3)),
    ("bc_transpose", (2, 3, 2, 1)),
    ("bc_transpose", (2, 3, 1, 2)),
    ("bc_transpose", (2, 3, 3, 0)),
    ("bc_int32_index", (4, 4)),
    ("bc_int32_index", (4, -4)),
    ("bc_loop_off_by_one", (3,)),
    ("bc_loop_off_by_one", (0,)),
    ("bc_slices_never_raise", (4,)),
    ("bc_after_print", (3, 1)),
    ("bc_after_print", (3, 7)),
    ("bc_numba_spelling", (2, 1)),
    ("bc_numba_spelling", (2, 2)),
    ("bc_through_callee", (3, 2)),
    ("bc_through_callee", (3, 3)),
    ("bc_in_nested_loop", (1,)),
    ("bc_in_nested_loop", (3,)),
    ("bc_iteration_in_range", (3,)),
    ("neg_zeros", (-1,)),
    ("neg_zeros", (0,)),
    ("neg_empty_2d", (2, -3)),
    ("neg_empty_2d", (-2, 3)),
    ("neg_empty_2d", (-2, -3)),
    ("neg_empty_2d", (2, 0)),
    ("neg_ones_int32", (-5,)),
    ("neg_full", (-1,)),
    ("neg_after_alloc", (-2,)),
    ("neg_in_loop", (2,)),
    ("neg_in_loop", (0,)),
    ("broadcast_error_2d", (2,)),
    ("broadcast_error_2d", (3,)),
    ("broadcast_error_2d", (1,)),
    ("raise_with_live_arrays", (3,)),
    ("raise_with_live_arrays", (2,)),
]

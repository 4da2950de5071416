# More array edge cases (issue 3), written after the first suite passed:
# NumPy's bool_ arithmetic (*, //, ** and % on bools; - and bool indices are
# rejection programs in tests/errors/array_bool_*.py), uint64 vs int64 comparisons (float64), slices with
# int64-extreme bounds and steps, NumPy scalars as range bounds and slice
# bounds, overlapping 2-D slice copies, aliasing through callees, arrays in
# tuples passed to and returned from callees, layouts merging (C and A in one
# variable), prints of array elements, recursion building arrays.
import numpy as np
from pyjit import jit




@jit
def bool_mul_floordiv_pow(x, y):
    a = np.zeros(2, np.bool_)
    a[0] = x
    a[1] = y
    return (a[0] * a[1], a[0] // a[1], a[0] ** a[1], a[0] % a[1])




@jit
def u64_vs_i64(below):
    # a[0] = 2**64 - below (uint64 wraps), without an argument outside int64
    a = np.zeros(1, np.uint64)
    d = np.zeros(1, np.uint64)
    d[0] = below
    a[0] = a[0] - d[0]
    b = np.zeros(1, np.int64)
    b[0] = 9223372036854775807
    return (a[0] > -1, a[0] == b[0], a[0] < b[0], a[0] != -1)


@jit
def u8_shift_py_int(x, s):
    a = np.zeros(1, np.uint8)
    a[0] = x
    return (a[0] << s, a[0] >> s)


@jit
def f32_pow(x, y):
    a = np.zeros(2, np.float32)
    a[0] = x
    a[1] = y
    return (a[0] ** a[1], a[0] ** 3, a[0] ** 0.5)


@jit
def element_as_range_bound(n):
    a = np.zeros(2, np.int32)
    a[0] = 2
    a[1] = n
    s = 0
    for i in range(a[0], a[1]):
        s += i
    return s


@jit
def element_as_slice_bounds(n):
    a = np.arange(n)
    b = np.zeros(3, np.uint8)
    b[0] = 1
    b[1] = 4
    c = np.zeros(1, np.int16)
    c[0] = -1
    return (a[b[0]:b[1]], a[c[0]::-1], a[::b[1]])


@jit
def extreme_slices(n, lo, hi, st):
    a = np.arange(n)
    return a[lo:hi:st]


@jit
def overlap_2d_shift(n):
    a = np.zeros((n, n), np.int64)
    for i in range(n):
        for j in range(n):
            a[i, j] = 10 * i + j
    a[1:, 1:] = a[:-1, :-1]
    return a


@jit
def overlap_2d_transpose(n):
    a = np.zeros((n, n), np.int64)
    for i in range(n):
        for j in range(n):
            a[i, j] = 10 * i + j
    a[:, :] = a.T
    return a


@jit
def overlap_reversed_rows(n):
    a = np.zeros((n, 2), np.int64)
    for i in range(n):
        a[i, 0] = i
        a[i, 1] = -i
    a[:] = a[::-1]
    return a


@jit
def swap_halves(a, b):
    for i in range(len(a)):
        t = a[i]
        a[i] = b[i]
        b[i] = t


@jit
def alias_same_array(n):
    a = np.arange(n)
    swap_halves(a, a)
    swap_halves(a[:n // 2], a[n - n // 2:][::-1])
    return a


@jit
def pair_stats(p):
    a, b = p
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return (s, a, b[::-1])


@jit
def tuple_of_arrays_to_callee(n):
    a = np.arange(n)
    b = np.ones(n)
    s, x, y = pair_stats((a, b))
    x[0] = 100
    return (s, a, y)


@jit
def merge_layouts(n, flip):
    if flip:
        a = np.arange(n)[::-1]
    else:
        a = np.arange(n)
    a[0] = -1
    return a


@jit
def loop_narrowing(n):
    a = np.arange(n)
    while len(a) > 1:
        a = a[::2]
    return a


@jit
def print_elements(n):
    a = np.zeros(n, np.float32)
    b = np.zeros(n, np.uint8)
    c = np.zeros(n, np.bool_)
    for i in range(n):
        a[i] = i / 3
        b[i] = 250 + i * 3
        c[i] = i % 2 == 0
    for i in range(n):
        print(a[i], b[i], c[i])
    return n


@jit
def print_shape_strides(n):
    a = np.zeros((n, 2), np.int16)
    print(a.shape, a.strides, a.size, len(a))
    return a.ndim


@jit
def merge_sorted(n, seed):
    a = np.zeros(n, np.int64)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a[i] = x % 50
    return merge_sort(a)


@jit
def merge_sort(a):
    n = len(a)
    if n <= 1:
        return a.copy()
    left = merge_sort(a[:n // 2])
    right = merge_sort(a[n // 2:])
    out = np.empty(n, a.dtype)
    i = 0
    j = 0
    for k in range(n):
        if j >= len(right) or (i < len(left) and left[i] <= right[j]):
            out[k] = left[i]
            i += 1
        else:
            out[k] = right[j]
            j += 1
    return out


@jit
def shape_tuple_ops(n, m):
    a = np.zeros((n, m))
    t = 0
    for d in a.shape:
        t = t * 10 + d
    return (a.shape == (n, m), len(a.shape), t, a.strides[0] // a.itemsize)


@jit
def one_d_transpose_is_same(n):
    a = np.arange(n)
    a.T[0] = 7
    return a


@jit
def enumerate_reversed_view(n):
    a = np.arange(10, 10 + n)
    s = 0
    for i, x in enumerate(a[::-1]):
        s = s * 100 + i * 10 + x % 10
    return s


@jit
def zip_rows_different_lengths(n, m):
    a = np.zeros((n, 2), np.int64)
    b = np.ones((m, 2), np.int64)
    c = 0
    for r, q in zip(a, b):
        r[0] = q[1] + c
        c += 1
    return a


@jit
def store_int64_into_float32(x):
    a = np.zeros(1, np.float32)
    a[0] = x
    return (a[0], a)


@jit
def big_array_sum(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = 1.0 / (i + 1)
    s = 0.0
    for x in a:
        s += x
    return s


@jit
def temp_per_iteration(n):
    s = 0
    for i in range(n):
        t = np.zeros(3, np.int64)
        t[i % 3] = i
        v = t[::-1]
        s += v[0] + v[2]
    return s


@jit
def maybe_unbound_array(n):
    if n > 2:
        a = np.ones(n)
    return a


CASES = [
    ("bool_mul_floordiv_pow", (True, True)),
    ("bool_mul_floordiv_pow", (False, True)),
    ("u64_vs_i64", (9223372036854775807,)),
    ("u64_vs_i64", (1,)),
    ("u64_vs_i64", (0,)),
    ("u8_shift_py_int", (1, 8)),
    ("u8_shift_py_int", (255, 3)),
    ("f32_pow", (2.0, 0.5)),
    ("f32_pow", (8.0, -3.0)),
    ("element_as_range_bound", (6,)),
    ("element_as_slice_bounds", (6,)),
    ("extreme_slices", (5, 0, 9223372036854775807, 9223372036854775807)),
    ("extreme_slices", (5, -9223372036854775807 - 1, 9223372036854775807, 2)),
    ("extreme_slices", (5, 9223372036854775807, -9223372036854775807 - 1, -9223372036854775807 - 1)),
    ("extreme_slices", (5, 9223372036854775807, -9223372036854775807 - 1, -9223372036854775807)),
    ("extreme_slices", (5, -9223372036854775807 - 1, -9223372036854775807 - 1, -1)),
    ("overlap_2d_shift", (3,)),
    ("overlap_2d_transpose", (3,)),
    ("overlap_reversed_rows", (3,)),
    ("alias_same_array", (5,)),
    ("alias_same_array", (4,)),
    ("tuple_of_arrays_to_callee", (3,)),
    ("merge_layouts", (4, True)),
    ("merge_layouts", (4, False)),
    ("loop_narrowing", (20,)),
    ("loop_narrowing", (0,)),
    ("print_elements", (3,)),
    ("print_shape_strides", (2,)),
    ("merge_sorted", (9, 3)),
    ("merge_sorted", (0, 3)),
    ("shape_tuple_ops", (3, 4)),
    ("one_d_transpose_is_same", (3,)),
    ("enumerate_reversed_view", (4,)),
    ("zip_rows_different_lengths", (3, 2)),
    ("store_int64_into_float32", (16777217,)),
    ("store_int64_into_float32", (-9223372036854775807,)),
    ("big_array_sum", (1000000,)),
    ("temp_per_iteration", (100000,)),
    ("maybe_unbound_array", (3,)),
]

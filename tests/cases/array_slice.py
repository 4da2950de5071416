# Slicing as views (issue 3): a[1:-1], a[::2], a[::-1], a[i, :], a[:, j],
# a[1:, 2:5], zero-length and clamped slices, slices with run-time bounds,
# views of views, mutation through a view visible in the base, slice
# assignment from a scalar and from a same-shape array (overlapping too).
# mat() is a jitted callee returning a 2-D array.
import numpy as np
from pyjit import jit


@jit
def mat(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    return a


@jit
def inner(n):
    return np.arange(n)[1:-1]


@jit
def every_other(n):
    a = np.arange(n)
    return a[::2]


@jit
def odd_positions(n):
    a = np.arange(n)
    return a[1::2]


@jit
def reversed_view(n):
    a = np.arange(n)
    return a[::-1]


@jit
def reversed_step2(n):
    a = np.arange(n)
    return a[::-2]


@jit
def reversed_range(n):
    a = np.arange(n)
    return a[-2:0:-1]


@jit
def slice_args(n, lo, hi, st):
    a = np.arange(n)
    return a[lo:hi:st]


@jit
def slice_lo_hi(n, lo, hi):
    a = np.arange(n)
    return a[lo:hi]


@jit
def slice_from(n, lo):
    a = np.arange(n)
    return a[lo:]


@jit
def slice_to(n, hi):
    a = np.arange(n)
    return a[:hi]


@jit
def slice_step_arg(n, st):
    a = np.arange(n)
    return a[::st]


@jit
def slice_len_shape(n, lo, hi, st):
    a = np.arange(n)
    v = a[lo:hi:st]
    return (len(v), v.shape, v.size)


@jit
def row_colon(n, m, i):
    a = mat(n, m)
    return a[i, :]


@jit
def column(n, m, j):
    a = mat(n, m)
    return a[:, j]


@jit
def block(n, m):
    a = mat(n, m)
    return a[1:, 2:5]


@jit
def block_args(n, m, r0, r1, c0, c1):
    a = mat(n, m)
    return a[r0:r1, c0:c1]


@jit
def flip_both(n, m):
    a = mat(n, m)
    return a[::-1, ::-1]


@jit
def strided_2d(n, m):
    a = mat(n, m)
    return a[::2, 1::2]


@jit
def row_slice_of_row(n, m):
    a = mat(n, m)
    return a[1, 1:3]


@jit
def column_reversed(n, m):
    a = mat(n, m)
    return a[::-1, 0]


@jit
def view_of_view(n):
    a = np.arange(n)
    b = a[1:]
    c = b[::2]
    d = c[::-1]
    return (b, c, d)


@jit
def view_writes_base(n):
    a = np.zeros(n, np.int64)
    v = a[2:5]
    v[0] = 1
    v[-1] = 3
    v[1] += 2
    return a


@jit
def strided_view_writes_base(n):
    a = np.zeros(n, np.int64)
    v = a[::3]
    for i in range(len(v)):
        v[i] = i + 1
    return a


@jit
def reversed_view_writes_base(n):
    a = np.zeros(n, np.int64)
    v = a[::-1]
    for i in range(n):
        v[i] = i
    return a


@jit
def column_writes_base(n, m, j):
    a = np.zeros((n, m), np.int64)
    c = a[:, j]
    for i in range(n):
        c[i] = i + 1
    return a


@jit
def base_writes_view(n):
    a = np.zeros(n, np.int64)
    v = a[1:3]
    a[1] = 5
    a[2] = 6
    return v


@jit
def view_outlives_base_name(n):
    a = np.arange(n)
    v = a[1:3]
    a = np.zeros(n, np.int64)
    a[1] = 99
    return v


@jit
def fill_all(n):
    a = np.arange(n)
    a[:] = 0
    return a


@jit
def fill_range(n, x):
    a = np.zeros(n)
    a[2:5] = x
    return a


@jit
def fill_strided(n):
    a = np.arange(n)
    a[::2] = -1
    return a


@jit
def fill_reversed_part(n):
    a = np.arange(n)
    a[:-3:-1] = 9
    return a


@jit
def fill_row(n, m, i, v):
    a = np.zeros((n, m))
    a[i, :] = v
    return a


@jit
def fill_column(n, m, j):
    a = mat(n, m)
    a[:, j] = -1
    return a


@jit
def fill_block(n, m):
    a = mat(n, m)
    a[1:, 2:5] = 0
    return a


@jit
def fill_empty_slice(n):
    a = np.arange(n)
    a[3:3] = 100
    a[5:1] = 100
    return a


@jit
def fill_int_into_float32(n):
    a = np.zeros(n, np.float32)
    a[1:] = 0.1
    return a


@jit
def fill_bool_slice(n):
    a = np.zeros(n, np.bool_)
    a[::2] = True
    return a


@jit
def fill_uint8_wrap(n):
    a = np.zeros(n, np.uint8)
    a[1:] = -2
    return a


@jit
def assign_array(n):
    a = np.zeros(n, np.int64)
    b = np.arange(3)
    a[2:5] = b
    return a


@jit
def assign_reversed(n):
    a = np.arange(n)
    b = np.zeros(n, np.int64)
    b[:] = a[::-1]
    return b


@jit
def assign_overlap_forward(n):
    a = np.arange(n)
    a[1:] = a[:-1]
    return a


@jit
def assign_overlap_backward(n):
    a = np.arange(n)
    a[:-1] = a[1:]
    return a


@jit
def assign_self_reversed(n):
    a = np.arange(n)
    a[:] = a[::-1]
    return a


@jit
def assign_converts_dtype(n):
    a = np.zeros(n)
    b = np.arange(n)
    a[:] = b
    return a


@jit
def assign_float_to_float32(n):
    a = np.zeros(n, np.float32)
    b = np.zeros(n)
    for i in range(n):
        b[i] = i / 3
    a[:] = b
    return a


@jit
def assign_row(n, m):
    a = mat(n, m)
    a[0, :] = a[n - 1, :]
    return a


@jit
def assign_column_from_row(n):
    a = mat(n, n)
    a[:, 0] = a[0, :]
    return a


@jit
def assign_block_2d(n):
    a = np.zeros((n, n), np.int64)
    b = mat(2, 2)
    a[1:3, 1:3] = b
    return a


@jit
def assign_row_via_index(n, m):
    a = np.zeros((n, m), np.int64)
    r = np.arange(m)
    a[1] = r
    a[0] = 7
    return a


@jit
def assign_shape_mismatch(n):
    a = np.zeros(n, np.int64)
    b = np.arange(3)
    a[1:] = b
    return a


@jit
def assign_broadcast_one(n):
    a = np.zeros(n, np.int64)
    b = np.full(1, 4)
    a[1:] = b
    return a


@jit
def sum_view(n, lo, hi, st):
    a = np.arange(n)
    s = 0
    v = a[lo:hi:st]
    for i in range(len(v)):
        s += v[i]
    return s


@jit
def view_strides(n):
    a = np.arange(n)
    return (a[::2].strides, a[::-1].strides, a[1:].strides, a[::-3].strides)


@jit
def view_strides_2d(n, m):
    a = np.zeros((n, m), np.int32)
    return (a[:, 1].strides, a[1, :].strides, a[::2, ::-1].strides, a[1:, 1:].strides)


@jit
def column_sum(n, m, j):
    a = mat(n, m)
    c = a[:, j]
    s = 0
    for x in c:
        s += x
    return s


@jit
def negative_index_on_reversed(n):
    a = np.arange(n)
    v = a[::-1]
    return (v[0], v[-1], v[1], v[-2])


@jit
def slice_on_row_of_view(n, m):
    a = mat(n, m)
    v = a[::-1]
    return v[0][::-1]


CASES = [
    ("inner", (5,)),
    ("inner", (2,)),
    ("inner", (1,)),
    ("inner", (0,)),
    ("every_other", (7,)),
    ("every_other", (0,)),
    ("odd_positions", (6,)),
    ("reversed_view", (5,)),
    ("reversed_view", (1,)),
    ("reversed_view", (0,)),
    ("reversed_step2", (6,)),
    ("reversed_range", (6,)),
    ("slice_args", (10, 1, 8, 3)),
    ("slice_args", (10, 8, 1, -3)),
    ("slice_args", (10, -1, -11, -1)),
    ("slice_args", (10, -100, 100, 4)),
    ("slice_args", (10, 100, -100, -4)),
    ("slice_args", (10, 5, 5, 1)),
    ("slice_args", (10, 5, 2, 1)),
    ("slice_args", (10, 2, 5, -1)),
    ("slice_args", (10, 0, 10, 100)),
    ("slice_args", (10, 0, 10, 0)),
    ("slice_args", (5, 3, -1, -1)),
    ("slice_args", (5, 4, -6, -2)),
    ("slice_lo_hi", (6, 2, -2)),
    ("slice_lo_hi", (6, -4, 5)),
    ("slice_lo_hi", (6, 7, 9)),
    ("slice_lo_hi", (6, -9, 2)),
    ("slice_from", (5, 3)),
    ("slice_from", (5, 5)),
    ("slice_from", (5, -2)),
    ("slice_from", (5, -10)),
    ("slice_to", (5, 2)),
    ("slice_to", (5, 0)),
    ("slice_to", (5, -1)),
    ("slice_to", (5, 50)),
    ("slice_step_arg", (7, 3)),
    ("slice_step_arg", (7, -3)),
    ("slice_step_arg", (7, 1)),
    ("slice_step_arg", (7, -1)),
    ("slice_step_arg", (7, 0)),
    ("slice_len_shape", (10, 1, 8, 3)),
    ("slice_len_shape", (10, 8, 1, 3)),
    ("slice_len_shape", (10, 9, -11, -2)),
    ("row_colon", (3, 4, 1)),
    ("row_colon", (3, 4, -1)),
    ("column", (3, 4, 2)),
    ("column", (3, 4, -4)),
    ("block", (3, 6)),
    ("block", (2, 4)),
    ("block", (1, 6)),
    ("block_args", (4, 5, 1, 3, 0, 2)),
    ("block_args", (4, 5, -2, 10, -3, -1)),
    ("block_args", (4, 5, 2, 2, 0, 5)),
    ("block_args", (4, 5, 0, 4, 3, 3)),
    ("flip_both", (2, 3)),
    ("strided_2d", (5, 5)),
    ("row_slice_of_row", (3, 4)),
    ("column_reversed", (4, 2)),
    ("view_of_view", (8,)),
    ("view_writes_base", (6,)),
    ("strided_view_writes_base", (8,)),
    ("reversed_view_writes_base", (4,)),
    ("column_writes_base", (3, 3, 1)),
    ("column_writes_base", (2, 3, -1)),
    ("base_writes_view", (4,)),
    ("view_outlives_base_name", (4,)),
    ("fill_all", (4,)),
    ("fill_range", (7, 2.5)),
    ("fill_range", (4, 1)),
    ("fill_range", (2, -1.0)),
    ("fill_strided", (5,)),
    ("fill_reversed_part", (5,)),
    ("fill_row", (2, 3, 1, 4.5)),
    ("fill_row", (2, 3, -2, 3)),
    ("fill_column", (3, 3, 0)),
    ("fill_column", (2, 4, -1)),
    ("fill_block", (3, 6)),
    ("fill_empty_slice", (6,)),
    ("fill_int_into_float32", (3,)),
    ("fill_bool_slice", (5,)),
    ("fill_uint8_wrap", (3,)),
    ("assign_array", (6,)),
    ("assign_reversed", (5,)),
    ("assign_overlap_forward", (5,)),
    ("assign_overlap_backward", (5,)),
    ("assign_self_reversed", (6,)),
    ("assign_converts_dtype", (3,)),
    ("assign_float_to_float32", (4,)),
    ("assign_row", (3, 3)),
    ("assign_column_from_row", (3,)),
    ("assign_block_2d", (4,)),
    ("assign_row_via_index", (2, 3)),
    ("assign_shape_mismatch", (5,)),
    ("assign_shape_mismatch", (4,)),
    ("assign_broadcast_one", (4,)),
    ("sum_view", (20, 3, 17, 4)),
    ("sum_view", (20, 17, 3, -4)),
    ("sum_view", (20, 3, 3, 1)),
    ("view_strides", (6,)),
    ("view_strides_2d", (3, 4)),
    ("column_sum", (4, 3, 1)),
    ("negative_index_on_reversed", (5,)),
    ("slice_on_row_of_view", (3, 4)),
]

# Array edge cases (issue 3): empty arrays of every rank and dtype,
# zero-length slices and views of them, negative strides (reversed views of
# reversed views, 2-D flips, column of a reversed matrix), 0-d results
# (reductions returning a scalar of the element dtype), int32/uint8/float32
# dtypes through views, stores and callees, single-element arrays, large
# shapes with tiny contents, views kept alive after the base is rebound.
import numpy as np
from pyjit import jit


@jit
def empty_everything(n):
    a = np.zeros(n, np.int32)
    b = np.zeros((n, 3), np.uint8)
    c = np.zeros((3, n), np.float32)
    d = np.ones((n, 0, 2), np.bool_)
    return (a, b, c, d.shape, d.size)


@jit
def empty_loops(n):
    a = np.zeros((n, n))
    s = 0.0
    for row in a:
        for x in row:
            s += 1.0
    for i, r in enumerate(a[0:0]):
        s += 1.0
    for r, q in zip(a, a[::-1]):
        s += 1.0
    return s


@jit
def empty_slice_of_empty(n):
    a = np.zeros(n)
    b = a[1:]
    c = b[::-1]
    d = c[5:2]
    return (b, c, d, len(d))


@jit
def empty_slice_assign(n):
    a = np.arange(n)
    a[n:] = 5
    a[:0] = a[:0]
    a[2:2] = 7
    return a


@jit
def empty_copy_reshape(n):
    a = np.zeros((0, n))
    b = a.copy()
    c = b.reshape(n, 0)
    return (b.shape, c.shape, c, a.T.shape)


@jit
def empty_like_empty(n):
    a = np.zeros((n, 2), np.int32)
    return (np.zeros_like(a), np.ones_like(a[:, 0]), np.full_like(a, 3).shape)


@jit
def empty_arange_linspace(n):
    return (np.arange(n, n), np.arange(n, 0), np.linspace(0.0, 1.0, 0), np.arange(0.0, -1.0))


@jit
def zero_len_row_slices(n, m):
    a = np.ones((n, m), np.int64)
    return (a[1:1, :], a[:, 2:2], a[n:, :].shape, a[:, m:].shape)


@jit
def reversed_reversed(n):
    a = np.arange(n)
    v = a[::-1][::-1]
    w = a[::-1][::-2]
    v[0] = 10
    return (v, w, a)


@jit
def reversed_strides_2d(n, m):
    a = np.zeros((n, m), np.int32)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    f = a[::-1, ::-1]
    g = f[1:, ::2]
    return (f.strides, g.strides, g)


@jit
def column_of_reversed(n):
    a = np.zeros((n, n), np.int64)
    for i in range(n):
        for j in range(n):
            a[i, j] = i * n + j
    c = a[::-1][:, 1]
    c[0] = -1
    return (c, a[n - 1, 1])


@jit
def reversed_write_loop(n):
    a = np.zeros(n, np.float32)
    r = a[::-1]
    for i in range(n):
        r[i] = i * 0.5
    return a


@jit
def negative_step_assign_array(n):
    a = np.zeros(n, np.int64)
    b = np.arange(n)
    a[::-1] = b
    a[::-2] = b[:(n + 1) // 2]
    return a


@jit
def transpose_of_reversed(n):
    a = np.zeros((2, n), np.int64)
    for j in range(n):
        a[0, j] = j
        a[1, j] = -j
    return a[:, ::-1].T


@jit
def single_element(x):
    a = np.full(1, x)
    b = a[0:1]
    c = a[::-1]
    return (a[0], a[-1], b[0], c[0], len(a), a.shape)


@jit
def single_element_2d(x):
    a = np.full((1, 1), x)
    return (a, a[0], a[0, 0], a.T, a[:, 0], a.reshape(1))


@jit
def zero_d_sum_uint8(n):
    a = np.zeros(n, np.uint8)
    for i in range(n):
        a[i] = i
    s = a[0]
    for x in a:
        s += x
    return s


@jit
def zero_d_max_float32(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = (i * 0.7) % 2.0
    m = a[0]
    for x in a:
        if x > m:
            m = x
    return m


@jit
def zero_d_from_view(n):
    a = np.zeros((n, n), np.int32)
    for i in range(n):
        a[i, i] = i + 1
    d = a[::-1, ::-1]
    return d[0, 0] * d[n - 1, n - 1]


@jit
def zero_d_bool_all(n):
    a = np.ones(n, np.bool_)
    a[n - 1] = n > 3
    r = a[0]
    for x in a:
        r = r & x
    return r


@jit
def int32_views_stores(n):
    a = np.zeros(n, np.int32)
    v = a[1::2]
    v[:] = 2147483647
    for i in range(len(v)):
        v[i] += 1
    return a


@jit
def uint8_reverse_sum(n):
    a = np.zeros(n, np.uint8)
    for i in range(n):
        a[i] = 255 - i
    t = a[::-1]
    s = t[0]
    for i in range(1, len(t)):
        s = s + t[i]
    return s


@jit
def float32_column_copy(n):
    a = np.zeros((n, 2), np.float32)
    for i in range(n):
        a[i, 1] = 1.0 / 3.0 * i
    c = a[:, 1].copy()
    return (c, c.strides, c[n - 1])


@jit
def bigger_than_contents(n):
    a = np.zeros((n, 1000), np.uint8)
    a[n - 1, 999] = 1
    s = 0
    for row in a:
        for x in row:
            s += x
    return (s, a.size, a.strides)


@jit
def view_after_rebind(n):
    a = np.arange(n)
    v = a[::2]
    for k in range(3):
        a = np.zeros(n, np.int64)
        a[0] = k
    return (v, a)


@jit
def slice_of_transpose(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    t = a.T
    return (t[1], t[:, 1], t[1:, ::-1])


@jit
def index_wrap_each_axis(n):
    a = np.zeros((n, n + 1, n + 2), np.int64)
    a[-1, -1, -1] = 1
    a[-n, -(n + 1), -(n + 2)] = 2
    return (a[n - 1, n, n + 1], a[0, 0, 0], a[-1][-1][-1])


CASES = [
    ("empty_everything", (0,)),
    ("empty_loops", (0,)),
    ("empty_loops", (2,)),
    ("empty_slice_of_empty", (0,)),
    ("empty_slice_of_empty", (1,)),
    ("empty_slice_assign", (4,)),
    ("empty_slice_assign", (0,)),
    ("empty_copy_reshape", (3,)),
    ("empty_like_empty", (0,)),
    ("empty_arange_linspace", (3,)),
    ("zero_len_row_slices", (3, 2)),
    ("reversed_reversed", (5,)),
    ("reversed_strides_2d", (3, 4)),
    ("column_of_reversed", (3,)),
    ("reversed_write_loop", (4,)),
    ("negative_step_assign_array", (5,)),
    ("negative_step_assign_array", (4,)),
    ("transpose_of_reversed", (3,)),
    ("single_element", (7,)),
    ("single_element", (0.5,)),
    ("single_element", (False,)),
    ("single_element_2d", (3,)),
    ("single_element_2d", (2.5,)),
    ("zero_d_sum_uint8", (30,)),
    ("zero_d_sum_uint8", (1,)),
    ("zero_d_max_float32", (9,)),
    ("zero_d_from_view", (4,)),
    ("zero_d_bool_all", (3,)),
    ("zero_d_bool_all", (5,)),
    ("int32_views_stores", (5,)),
    ("uint8_reverse_sum", (4,)),
    ("float32_column_copy", (4,)),
    ("bigger_than_contents", (3,)),
    ("view_after_rebind", (5,)),
    ("slice_of_transpose", (2, 3)),
    ("index_wrap_each_axis", (2,)),
]

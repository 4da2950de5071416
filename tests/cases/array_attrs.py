# Array attributes and methods (issue 3): shape, ndim, size, strides,
# itemsize, len(a), a.T (1-D and 2-D, and a view of a view), reshape (int
# args, tuple, -1, errors) on contiguous arrays, fill, copy.
import numpy as np
from pyjit import jit


@jit
def shape_1d(n):
    a = np.zeros(n)
    return a.shape


@jit
def shape_2d(n, m):
    a = np.zeros((n, m), np.int32)
    return a.shape


@jit
def shape_3d(n, m, k):
    return np.zeros((n, m, k), np.uint8).shape


@jit
def shape_unpack(n, m):
    a = np.ones((n, m))
    r, c = a.shape
    return r * 100 + c


@jit
def shape_index(n, m):
    a = np.ones((n, m))
    return (a.shape[0], a.shape[1], a.shape[-1])


@jit
def ndim_all(n):
    a = np.zeros(n)
    b = np.zeros((n, n))
    c = np.zeros((n, n, n))
    return (a.ndim, b.ndim, c.ndim, b[0].ndim, c[0].ndim, c[0, 0].ndim)


@jit
def size_all(n, m):
    a = np.zeros(n)
    b = np.zeros((n, m))
    c = np.zeros((n, m, 2))
    return (a.size, b.size, c.size, b[0].size)


@jit
def strides_c(n, m):
    a = np.zeros((n, m, 3))
    b = np.zeros((n, m), np.int32)
    c = np.zeros(n, np.uint8)
    d = np.zeros((n, m), np.bool_)
    return (a.strides, b.strides, c.strides, d.strides)


@jit
def strides_float32(n):
    return np.zeros((n, 2), np.float32).strides


@jit
def itemsizes(n):
    return (np.zeros(n, np.bool_).itemsize, np.zeros(n, np.int8).itemsize,
            np.zeros(n, np.uint16).itemsize, np.zeros(n, np.int32).itemsize,
            np.zeros(n, np.float32).itemsize, np.zeros(n, np.uint64).itemsize,
            np.zeros(n, np.float64).itemsize)


@jit
def len_all(n, m):
    a = np.zeros(n)
    b = np.zeros((m, n))
    return (len(a), len(b), len(b[0]), len(b[1:]), len(a[::-2]))


@jit
def transpose_2d(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    return a.T


@jit
def transpose_attrs(n, m):
    a = np.zeros((n, m))
    t = a.T
    return (t.shape, t.strides, t.size, len(t))


@jit
def transpose_1d(n):
    a = np.arange(n)
    t = a.T
    t[0] = 9
    return (a, t.shape)


@jit
def transpose_writes_base(n):
    a = np.zeros((n, n), np.int64)
    t = a.T
    t[0, 1] = 5
    t[n - 1, 0] = 7
    return a


@jit
def transpose_twice(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = i - j
    return a.T.T


@jit
def transpose_of_view(n):
    a = np.zeros((n, n), np.int64)
    for i in range(n):
        for j in range(n):
            a[i, j] = 10 * i + j
    return a[1:, ::2].T


@jit
def transpose_index(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    for r in range(n):
        for c in range(m):
            a[r, c] = 10 * r + c
    return a.T[i, j]


@jit
def transpose_3d_shape(n):
    a = np.zeros((2, 3, n))
    return (a.T.shape, a.T.strides)


@jit
def reshape_args(n):
    a = np.arange(n)
    return a.reshape(2, n // 2)


@jit
def reshape_tuple(n):
    a = np.arange(n)
    return a.reshape((n // 3, 3))


@jit
def reshape_minus_one(n):
    a = np.arange(n)
    return a.reshape(-1, 2)


@jit
def reshape_minus_one_first(n):
    a = np.arange(n)
    return a.reshape((2, -1))


@jit
def reshape_flatten(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    return a.reshape(n * m)


@jit
def reshape_flatten_minus_one(n, m):
    a = np.ones((n, m), np.int32)
    return a.reshape(-1)


@jit
def reshape_3d(n):
    a = np.arange(n)
    return a.reshape(2, 2, n // 4)


@jit
def reshape_is_view(n):
    a = np.zeros(n, np.int64)
    b = a.reshape(2, n // 2)
    b[1, 0] = 5
    b[0, -1] = 3
    return a


@jit
def reshape_bad(n, k):
    a = np.arange(n)
    return a.reshape(k)


@jit
def reshape_bad_2d(n):
    a = np.arange(n)
    return a.reshape(4, 2)


@jit
def reshape_bad_minus_one(n):
    a = np.arange(n)
    return a.reshape(-1, 4)


@jit
def reshape_two_unknown(n):
    a = np.arange(n)
    return a.reshape(-1, -1)


@jit
def reshape_shape_tuple_arg(n, shape):
    a = np.arange(n)
    return a.reshape(shape)


@jit
def reshape_empty(n):
    a = np.zeros(n)
    return a.reshape(3, -1).shape


@jit
def reshape_strides(n):
    a = np.zeros(n, np.float32)
    return a.reshape(2, 3, -1).strides


@jit
def reshape_row_of_c(n):
    a = np.arange(n)
    b = a.reshape(3, -1)
    return b[1].reshape(-1, 1)


@jit
def fill_float(n, x):
    a = np.zeros(n)
    a.fill(x)
    return a


@jit
def fill_int_array(n):
    a = np.zeros((2, n), np.int32)
    a.fill(7)
    return a


@jit
def fill_uint8_wraps(n):
    a = np.zeros(n, np.uint8)
    a.fill(-3)
    return a


@jit
def fill_bool(n, x):
    a = np.zeros(n, np.bool_)
    a.fill(x)
    return a


@jit
def fill_float32(n):
    a = np.zeros(n, np.float32)
    a.fill(0.2)
    return a


@jit
def fill_view(n):
    a = np.zeros((n, n), np.int64)
    a[1].fill(4)
    a[:, 0].fill(1)
    a[::-1, n - 1].fill(2)
    return a


@jit
def fill_returns_none(n):
    a = np.zeros(n)
    r = a.fill(1.0)
    return r is None


@jit
def fill_empty(n):
    a = np.zeros(n)
    a.fill(1.0)
    return (a, a.size)


@jit
def attrs_of_empty(n):
    a = np.zeros((n, 4))
    return (a.shape, a.size, len(a), a.ndim, a.strides)


@jit
def copy_shape_strides(n, m):
    a = np.zeros((n, m))
    b = a[:, ::2].copy()
    return (b.shape, b.strides)


CASES = [
    ("shape_1d", (3,)),
    ("shape_1d", (0,)),
    ("shape_2d", (2, 5)),
    ("shape_3d", (1, 2, 3)),
    ("shape_unpack", (3, 7)),
    ("shape_index", (4, 6)),
    ("ndim_all", (2,)),
    ("size_all", (3, 4)),
    ("size_all", (1, 0)),
    ("strides_c", (2, 4)),
    ("strides_float32", (3,)),
    ("itemsizes", (1,)),
    ("len_all", (5, 3)),
    ("len_all", (0, 2)),
    ("transpose_2d", (2, 3)),
    ("transpose_2d", (1, 1)),
    ("transpose_attrs", (2, 3)),
    ("transpose_1d", (3,)),
    ("transpose_writes_base", (3,)),
    ("transpose_twice", (2, 3)),
    ("transpose_of_view", (4,)),
    ("transpose_index", (2, 3, 2, 1)),
    ("transpose_index", (2, 3, -1, 0)),
    ("transpose_3d_shape", (4,)),
    ("reshape_args", (6,)),
    ("reshape_tuple", (6,)),
    ("reshape_tuple", (9,)),
    ("reshape_minus_one", (8,)),
    ("reshape_minus_one_first", (6,)),
    ("reshape_flatten", (2, 3)),
    ("reshape_flatten_minus_one", (3, 2)),
    ("reshape_3d", (8,)),
    ("reshape_is_view", (6,)),
    ("reshape_bad", (6, 4)),
    ("reshape_bad", (6, 6)),
    ("reshape_bad", (6, -1)),
    ("reshape_bad_2d", (6,)),
    ("reshape_bad_minus_one", (6,)),
    ("reshape_two_unknown", (6,)),
    ("reshape_shape_tuple_arg", (6, (3, 2))),
    ("reshape_shape_tuple_arg", (6, (-1, 3))),
    ("reshape_shape_tuple_arg", (6, (5,))),
    ("reshape_shape_tuple_arg", (6, (4, -1))),
    ("reshape_shape_tuple_arg", (0, (4, -1))),
    ("reshape_empty", (0,)),
    ("reshape_strides", (12,)),
    ("reshape_row_of_c", (9,)),
    ("fill_float", (3, 1.25)),
    ("fill_float", (2, 3)),
    ("fill_int_array", (2,)),
    ("fill_uint8_wraps", (2,)),
    ("fill_bool", (2, 3)),
    ("fill_bool", (2, 0)),
    ("fill_bool", (2, True)),
    ("fill_float32", (2,)),
    ("fill_view", (3,)),
    ("fill_returns_none", (2,)),
    ("fill_empty", (0,)),
    ("attrs_of_empty", (0,)),
    ("copy_shape_strides", (3, 5)),
]

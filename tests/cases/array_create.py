# Array creation in kernels (issue 3): np.empty (always fully written before
# it is read), zeros, ones, full, *_like, arange (1-3 args, int/float),
# linspace, a.copy(); shapes as int, tuple literal and tuple argument; every
# dtype spelling (np.X positional or dtype=, Python int/float/bool) and
# NumPy's defaults. Dtypes that tolist() cannot show are made visible by
# itemsize or by a wrapping store.
import numpy as np
from pyjit import jit

# ---- zeros ----


@jit
def zeros_1d(n):
    return np.zeros(n)


@jit
def zeros_2d(n, m):
    return np.zeros((n, m))


@jit
def zeros_3d(n, m, k):
    return np.zeros((n, m, k))


@jit
def zeros_1tuple(n):
    return np.zeros((n,))


@jit
def zeros_shape_arg(shape):
    return np.zeros(shape)


@jit
def zeros_int32_kw(n):
    a = np.zeros(n, dtype=np.int32)
    a[0] = 2147483647
    a[0] += 1
    return a


@jit
def zeros_uint8_pos(n):
    a = np.zeros(n, np.uint8)
    a[n - 1] -= 1
    return a


@jit
def zeros_int8(n):
    a = np.zeros(n, np.int8)
    a[0] = 127
    a[0] += 1
    return (a, a.itemsize)


@jit
def zeros_int16(n):
    a = np.zeros(n, dtype=np.int16)
    a[0] = 32767
    a[0] += 2
    return (a, a.itemsize)


@jit
def zeros_uint16(n):
    a = np.zeros(n, dtype=np.uint16)
    a[0] -= 1
    return (a, a.itemsize)


@jit
def zeros_uint32(n):
    a = np.zeros(n, dtype=np.uint32)
    a[0] -= 1
    return (a, a.itemsize)


@jit
def zeros_uint64(n):
    a = np.zeros(n, dtype=np.uint64)
    return (a, a.itemsize)


@jit
def zeros_int64(n):
    a = np.zeros(n, dtype=np.int64)
    return (a, a.itemsize)


@jit
def zeros_float32(n):
    a = np.zeros((n, 2), dtype=np.float32)
    a[0, 0] = 0.1
    return (a, a.itemsize)


@jit
def zeros_float64_kw(n):
    a = np.zeros(n, dtype=np.float64)
    a[0] = 0.1
    return (a, a.itemsize)


@jit
def zeros_bool(n):
    a = np.zeros(n, dtype=np.bool_)
    a[0] = True
    return (a, a.itemsize)


@jit
def zeros_py_int(n):
    a = np.zeros(n, dtype=int)
    return (a, a.itemsize)


@jit
def zeros_py_float(n):
    a = np.zeros(n, float)
    return (a, a.itemsize)


@jit
def zeros_py_bool(n):
    return np.zeros((2, n), bool)


@jit
def zeros_default_itemsize(n):
    return np.zeros(n).itemsize


# ---- ones ----


@jit
def ones_1d(n):
    return np.ones(n)


@jit
def ones_2d_int32(n, m):
    return np.ones((n, m), np.int32)


@jit
def ones_bool(n):
    return np.ones(n, dtype=np.bool_)


@jit
def ones_uint8_wrap(n):
    a = np.ones(n, dtype=np.uint8)
    a[0] += 255
    return a


@jit
def ones_float32(n):
    a = np.ones(n, dtype=np.float32)
    a[1] = a[0] / 3
    return a


@jit
def ones_3d(n):
    return np.ones((2, n, 2), dtype=np.int16)


# ---- full ----


@jit
def full_int(n):
    return np.full(n, 7)


@jit
def full_float(n):
    return np.full(n, 2.5)


@jit
def full_bool(n):
    return np.full(n, True)


@jit
def full_2d_float32(n, m):
    return np.full((n, m), 1.5, np.float32)


@jit
def full_float32_inexact(n):
    return np.full(n, 0.1, dtype=np.float32)


@jit
def full_value_arg(n, x):
    return np.full((n, 2), x)


@jit
def full_uint8_negative(n):
    return np.full(n, -1, np.uint8)


@jit
def full_int8_wrap(n):
    return np.full(n, 200, dtype=np.int8)



@jit
def full_float_to_int32(n):
    return np.full(n, 2.7, dtype=np.int32)


@jit
def full_float_arg_int32(n, x):
    return np.full(n, x, np.int32)


@jit
def full_int_to_float(n):
    return np.full(n, 3, dtype=np.float64)


@jit
def full_nan(n):
    a = np.full(n, np.nan)
    c = 0
    for i in range(n):
        if a[i] != a[i]:
            c += 1
    return c


@jit
def full_to_bool(n, x):
    return np.full(n, x, dtype=np.bool_)


# ---- empty (every element written before it is read) ----


@jit
def empty_loop(n):
    a = np.empty(n)
    for i in range(n):
        a[i] = i * i * 0.5
    return a


@jit
def empty_2d_int32(n, m):
    a = np.empty((n, m), np.int32)
    for i in range(n):
        for j in range(m):
            a[i, j] = i * 10 + j
    return a


@jit
def empty_fill(n):
    a = np.empty(n)
    a.fill(3.25)
    return a


@jit
def empty_slice_assign(n):
    a = np.empty((n, 3), dtype=np.uint8)
    a[:] = 9
    return a


@jit
def empty_bool(n):
    a = np.empty(n, dtype=np.bool_)
    for i in range(n):
        a[i] = i % 3 == 0
    return a


@jit
def empty_zero(n):
    a = np.empty(n)
    return (a, len(a), a.size)


# ---- *_like ----


@jit
def zeros_like_float(n):
    a = np.ones(n)
    return np.zeros_like(a)


@jit
def ones_like_int32(n):
    a = np.zeros((n, 2), np.int32)
    b = np.ones_like(a)
    b[0, 0] = 2147483647
    b[0, 0] += 1
    return b


@jit
def full_like_int(n):
    a = np.arange(n)
    return np.full_like(a, 4)



@jit
def full_like_float_into_int(n):
    a = np.arange(n)
    return np.full_like(a, 2.5)


@jit
def full_like_float32(n):
    a = np.zeros(n, np.float32)
    return np.full_like(a, 0.1)


@jit
def zeros_like_dtype(n):
    a = np.arange(n)
    b = np.zeros_like(a, dtype=np.float32)
    b[0] = 0.1
    return b


@jit
def ones_like_dtype_pos(n):
    a = np.zeros(n)
    return np.ones_like(a, np.uint8)


@jit
def empty_like_written(n):
    a = np.arange(n)
    b = np.empty_like(a)
    for i in range(n):
        b[i] = a[i] * 3
    return b


@jit
def zeros_like_of_view(n):
    a = np.ones((n, 5))
    v = a[:, 1:4]
    b = np.zeros_like(v)
    b[0, 0] = 1.0
    return (b, b.strides)


@jit
def ones_like_bool(n):
    a = np.zeros(n, dtype=np.bool_)
    return np.ones_like(a)


# ---- arange ----


@jit
def arange1(n):
    return np.arange(n)


@jit
def arange2(a, b):
    return np.arange(a, b)


@jit
def arange3(a, b, s):
    return np.arange(a, b, s)


@jit
def arange_float1(x):
    return np.arange(x)


@jit
def arange_float_step(n):
    return np.arange(0.0, n, 0.25)


@jit
def arange_tenths(n):
    return np.arange(0, n, 0.1)


@jit
def arange_float32(n):
    return np.arange(n, dtype=np.float32)


@jit
def arange_uint8(n):
    a = np.arange(n, dtype=np.uint8)
    a[0] -= 1
    return a


@jit
def arange_int32_pos(n):
    a = np.arange(0, n, 1, np.int32)
    return (a, a.itemsize)



@jit
def arange_float_args_int_dtype(n):
    return np.arange(-2.5, n, 0.5, dtype=np.int32)


@jit
def arange_half_steps_int64(a, b, s):
    return np.arange(a, b, s, dtype=np.int64)


@jit
def arange_int_args_float_dtype(n):
    return np.arange(1, n, 3, dtype=np.float64)


@jit
def arange_sum(n):
    a = np.arange(n)
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


# ---- linspace ----


@jit
def linspace3(a, b, n):
    return np.linspace(a, b, n)


@jit
def linspace_default(a, b):
    return np.linspace(a, b)


@jit
def linspace_no_endpoint(n):
    return np.linspace(0.0, 1.0, n, endpoint=False)


@jit
def linspace_endpoint_pos(n):
    return np.linspace(0, 10, n, False)


@jit
def linspace_len(n):
    return len(np.linspace(0.0, 1.0, n))


# ---- copy ----


@jit
def copy_independent(n):
    a = np.arange(n)
    b = a.copy()
    b[0] = 100
    a[1] = -1
    return (a, b)


@jit
def copy_of_reversed(n):
    a = np.arange(n)
    b = a[::-1].copy()
    return (b, b.strides)


@jit
def copy_of_transpose(n, m):
    a = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            a[i, j] = i + j * 0.5
    b = a.T.copy()
    return (b, b.strides)


@jit
def copy_float32(n):
    a = np.full(n, 0.1, np.float32)
    b = a.copy()
    b[0] = b[0] * 2
    return b


@jit
def copy_2d_column(n):
    a = np.ones((n, 3), np.int32)
    for i in range(n):
        a[i, 1] = i
    c = a[:, 1].copy()
    a[0, 1] = 99
    return c


CASES = [
    ("zeros_1d", (3,)),
    ("zeros_1d", (0,)),
    ("zeros_1d", (1,)),
    ("zeros_2d", (2, 3)),
    ("zeros_2d", (3, 0)),
    ("zeros_2d", (0, 3)),
    ("zeros_3d", (2, 1, 3)),
    ("zeros_1tuple", (4,)),
    ("zeros_shape_arg", ((2, 2),)),
    ("zeros_shape_arg", ((3,),)),
    ("zeros_shape_arg", ((1, 2, 2),)),
    ("zeros_int32_kw", (3,)),
    ("zeros_uint8_pos", (3,)),
    ("zeros_int8", (2,)),
    ("zeros_int16", (2,)),
    ("zeros_uint16", (2,)),
    ("zeros_uint32", (2,)),
    ("zeros_uint64", (2,)),
    ("zeros_int64", (2,)),
    ("zeros_float32", (2,)),
    ("zeros_float64_kw", (2,)),
    ("zeros_bool", (3,)),
    ("zeros_py_int", (3,)),
    ("zeros_py_float", (3,)),
    ("zeros_py_bool", (2,)),
    ("zeros_default_itemsize", (5,)),
    ("ones_1d", (4,)),
    ("ones_2d_int32", (2, 3)),
    ("ones_bool", (3,)),
    ("ones_uint8_wrap", (2,)),
    ("ones_float32", (3,)),
    ("ones_3d", (1,)),
    ("full_int", (3,)),
    ("full_float", (2,)),
    ("full_bool", (2,)),
    ("full_2d_float32", (2, 2)),
    ("full_float32_inexact", (2,)),
    ("full_value_arg", (2, -0.0)),
    ("full_value_arg", (2, 1e300)),
    ("full_value_arg", (1, 5)),
    ("full_uint8_negative", (3,)),
    ("full_int8_wrap", (2,)),
    ("full_float_to_int32", (3,)),
    ("full_float_arg_int32", (2, -2.5)),
    ("full_float_arg_int32", (2, 1e10)),
    ("full_int_to_float", (2,)),
    ("full_nan", (4,)),
    ("full_to_bool", (3, 0.0)),
    ("full_to_bool", (3, 2)),
    ("full_to_bool", (2, float("nan"))),
    ("empty_loop", (5,)),
    ("empty_2d_int32", (2, 3)),
    ("empty_fill", (3,)),
    ("empty_slice_assign", (2,)),
    ("empty_bool", (5,)),
    ("empty_zero", (0,)),
    ("zeros_like_float", (3,)),
    ("ones_like_int32", (2,)),
    ("full_like_int", (3,)),
    ("full_like_float_into_int", (3,)),
    ("full_like_float32", (2,)),
    ("zeros_like_dtype", (3,)),
    ("ones_like_dtype_pos", (2,)),
    ("empty_like_written", (4,)),
    ("zeros_like_of_view", (2,)),
    ("ones_like_bool", (2,)),
    ("arange1", (5,)),
    ("arange1", (0,)),
    ("arange1", (-3,)),
    ("arange2", (2, 6)),
    ("arange2", (-3, 3)),
    ("arange2", (5, 2)),
    ("arange3", (1, 10, 3)),
    ("arange3", (10, 0, -3)),
    ("arange3", (5, 0, -1)),
    ("arange3", (0, 5, 7)),
    ("arange3", (0, 5, 0)),
    ("arange3", (1.0, 2.0, 0.3)),
    ("arange3", (0.0, 1.0, 0.0)),
    ("arange3", (2.0, -1.0, -0.5)),
    ("arange3", (1, 2.5, 0.5)),
    ("arange_float1", (1.5,)),
    ("arange_float1", (3.0,)),
    ("arange_float1", (-1.0,)),
    ("arange_float_step", (1,)),
    ("arange_tenths", (1,)),
    ("arange_float32", (4,)),
    ("arange_uint8", (3,)),
    ("arange_int32_pos", (3,)),
    ("arange_float_args_int_dtype", (1,)),
    ("arange_half_steps_int64", (1, 3, 0.5)),
    ("arange_half_steps_int64", (0.5, 3, 1.0)),
    ("arange_half_steps_int64", (2.9, -1.0, -0.7)),
    ("arange_int_args_float_dtype", (10,)),
    ("arange_sum", (100,)),
    ("linspace3", (0, 1, 5)),
    ("linspace3", (0.0, 1.0, 3)),
    ("linspace3", (1.0, 0.0, 4)),
    ("linspace3", (-1.5, 2.5, 9)),
    ("linspace3", (2.0, 3.0, 1)),
    ("linspace3", (0.0, 1.0, 0)),
    ("linspace3", (5.0, 5.0, 3)),
    ("linspace3", (0.0, 1.0, -1)),
    ("linspace3", (0.1, 0.7, 7)),
    ("linspace_default", (0.0, 49.0)),
    ("linspace_default", (0, 1)),
    ("linspace_no_endpoint", (5,)),
    ("linspace_no_endpoint", (1,)),
    ("linspace_endpoint_pos", (4,)),
    ("linspace_len", (7,)),
    ("copy_independent", (3,)),
    ("copy_of_reversed", (4,)),
    ("copy_of_transpose", (2, 3)),
    ("copy_float32", (2,)),
    ("copy_2d_column", (3,)),
]

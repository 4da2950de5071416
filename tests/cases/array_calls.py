# Arrays across calls and returns (issue 3): returning arrays (1-3-D, views,
# empty, every dtype) printed as repr(a.tolist()); tuples containing arrays
# (each array shown as its tolist() repr); arrays passed to jitted callees
# (mutation visible to the caller, C and strided views to one callee,
# callees returning new arrays, views of their argument, tuples), recursion
# over array views.
import numpy as np
from pyjit import jit


@jit
def fill_squares(a):
    for i in range(len(a)):
        a[i] = i * i


@jit
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@jit
def total_int(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@jit
def scaled(a, k):
    b = np.empty_like(a)
    for i in range(len(a)):
        b[i] = a[i] * k
    return b


@jit
def middle(a):
    return a[1:-1]


@jit
def min_max(a):
    lo = a[0]
    hi = a[0]
    for x in a:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


@jit
def split_even_odd(a):
    n = len(a)
    ev = np.zeros((n + 1) // 2, np.int64)
    od = np.zeros(n // 2, np.int64)
    for i in range(n):
        if i % 2 == 0:
            ev[i // 2] = a[i]
        else:
            od[i // 2] = a[i]
    return (ev, od)


@jit
def trace(m):
    s = 0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s


@jit
def matvec(m, v):
    r = np.zeros(m.shape[0])
    for i in range(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j] * v[j]
        r[i] = s
    return r


# ---- kernels (entry points) ----


@jit
def ret_1d(n):
    a = np.zeros(n)
    fill_squares(a)
    return a


@jit
def ret_2d(n, m):
    a = np.zeros((n, m), np.int32)
    for i in range(n):
        for j in range(m):
            a[i, j] = i - j
    return a


@jit
def ret_3d(n):
    a = np.zeros((n, 2, 2), np.uint8)
    for i in range(n):
        a[i, 1, 0] = 255 - i
    return a


@jit
def ret_view_reversed(n):
    a = np.arange(n)
    return a[::-1]


@jit
def ret_column_view(n):
    a = np.zeros((n, 3))
    for i in range(n):
        a[i, 2] = i + 0.5
    return a[:, 2]


@jit
def ret_empty(n):
    return np.zeros((n, 2), np.bool_)


@jit
def ret_float32(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = 1.0 / (i + 1)
    return a


@jit
def ret_uint64(n):
    a = np.zeros(2, np.uint64)
    a[1] = n
    a[0] = a[0] - a[1]
    return a


@jit
def ret_special_floats(x):
    a = np.zeros(4)
    a[0] = x
    a[1] = -x
    a[2] = x - x
    a[3] = -0.0
    return a


@jit
def ret_tuple_array_int(n):
    a = np.arange(n)
    return (a, len(a))


@jit
def ret_tuple_two_arrays(n):
    a = np.arange(n)
    return (a[::2], a[1::2])


@jit
def ret_tuple_nested(n):
    a = np.ones(n, np.int32)
    b = np.zeros((1, n))
    return ((a, n), (b, 0.5))


@jit
def ret_one_tuple(n):
    return (np.zeros(n, np.int8),)


@jit
def ret_tuple_same_array_twice(n):
    a = np.zeros(n, np.int64)
    b = a
    b[0] = 3
    return (a, b)


@jit
def ret_tuple_scalars_and_array(n):
    a = np.zeros(n, np.float32)
    a[0] = 0.1
    return (a[0], a, a.shape, True)


@jit
def call_mutates(n):
    a = np.zeros(n, np.int64)
    fill_squares(a)
    return a


@jit
def call_mutates_view(n):
    a = np.zeros(n, np.int64)
    fill_squares(a[::2])
    fill_squares(a[1::2][::-1])
    return a


@jit
def call_mutates_row(n):
    a = np.zeros((3, n))
    fill_squares(a[1])
    fill_squares(a[:, 0])
    return a


@jit
def call_total_layouts(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = i + 0.5
    return (total(a), total(a[::-1]), total(a[1:3]), total(a[::3]))


@jit
def call_total_dtypes(n):
    a = np.arange(n)
    b = np.zeros(n, np.float32)
    for i in range(n):
        b[i] = i / 10
    return (total(a), total(b), total_int(a), total_int(np.ones(n, np.uint8)))


@jit
def call_scaled(n):
    a = np.arange(n)
    b = scaled(a, 3)
    c = scaled(np.ones(n, np.float32), 0.5)
    return (a, b, c)


@jit
def call_middle(n):
    a = np.arange(n)
    m = middle(a)
    m[0] = 100
    return (a, m)


@jit
def call_min_max(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = (i * 5) % 7 - 3.5
    return min_max(a)


@jit
def call_min_max_int32(n):
    a = np.zeros(n, np.int32)
    for i in range(n):
        a[i] = (i * 5) % 7 - 3
    lo, hi = min_max(a[1:])
    return hi - lo


@jit
def call_split(n):
    a = np.arange(n)
    return split_even_odd(a)


@jit
def call_trace(n):
    m = np.zeros((n, n + 1), np.int64)
    for i in range(n):
        for j in range(n + 1):
            m[i, j] = i * j
    return (trace(m), trace(m.T), trace(m[::-1]))


@jit
def call_matvec(n):
    m = np.zeros((n, n))
    v = np.zeros(n)
    for i in range(n):
        v[i] = i + 1
        for j in range(n):
            m[i, j] = 1.0 if i == j else 0.5
    return matvec(m, v)


@jit
def call_chain(n):
    a = np.arange(n)
    return total(scaled(middle(a), 2))


@jit
def quicksort(a):
    n = len(a)
    if n < 2:
        return
    p = a[n - 1]
    k = 0
    for i in range(n - 1):
        if a[i] < p:
            t = a[i]
            a[i] = a[k]
            a[k] = t
            k += 1
    a[n - 1] = a[k]
    a[k] = p
    quicksort(a[:k])
    quicksort(a[k + 1:])


@jit
def sort_kernel(n, seed):
    a = np.zeros(n, np.int64)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a[i] = x % 100
    quicksort(a)
    return a


@jit
def array_arg_reassigned(n):
    a = np.zeros(n, np.int64)
    b = a
    a = np.ones(n, np.int64)
    b[0] = 7
    return (a, b)


@jit
def array_in_loop_rebound(n):
    s = 0.0
    for k in range(n):
        t = np.full(k + 1, 0.5)
        s += total(t)
    return s


CASES = [
    ("ret_1d", (4,)),
    ("ret_1d", (0,)),
    ("ret_2d", (2, 3)),
    ("ret_2d", (0, 0)),
    ("ret_3d", (2,)),
    ("ret_view_reversed", (4,)),
    ("ret_column_view", (3,)),
    ("ret_empty", (0,)),
    ("ret_empty", (1,)),
    ("ret_float32", (4,)),
    ("ret_uint64", (1,)),
    ("ret_special_floats", (float("inf"),)),
    ("ret_special_floats", (1.5,)),
    ("ret_tuple_array_int", (3,)),
    ("ret_tuple_array_int", (0,)),
    ("ret_tuple_two_arrays", (5,)),
    ("ret_tuple_nested", (2,)),
    ("ret_one_tuple", (2,)),
    ("ret_tuple_same_array_twice", (2,)),
    ("ret_tuple_scalars_and_array", (2,)),
    ("call_mutates", (5,)),
    ("call_mutates_view", (7,)),
    ("call_mutates_row", (3,)),
    ("call_total_layouts", (6,)),
    ("call_total_dtypes", (5,)),
    ("call_scaled", (3,)),
    ("call_middle", (5,)),
    ("call_min_max", (7,)),
    ("call_min_max_int32", (7,)),
    ("call_split", (5,)),
    ("call_split", (0,)),
    ("call_trace", (3,)),
    ("call_matvec", (3,)),
    ("call_chain", (6,)),
    ("sort_kernel", (10, 1)),
    ("sort_kernel", (20, 7)),
    ("sort_kernel", (1, 3)),
    ("array_arg_reassigned", (2,)),
    ("array_in_loop_rebound", (5,)),
]

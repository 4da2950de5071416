# Array indexing (issue 3): a[i], a[i, j], a[i][j], a[i, j, k], negative
# indices, indices of other int types (NumPy scalars, elements of int
# arrays, bools are not indices), element assignment and augmented
# assignment through an index, rows of 2-D arrays as views.
import numpy as np
from pyjit import jit


@jit
def squares(n):
    a = np.zeros(n, np.int64)
    for i in range(n):
        a[i] = i * i
    return a


@jit
def get1(n, i):
    a = np.zeros(n)
    for k in range(n):
        a[k] = k * 1.5
    return a[i]


@jit
def get1_int(n, i):
    a = np.arange(n)
    return a[i]


@jit
def set1(n, i, x):
    a = np.zeros(n)
    a[i] = x
    return a


@jit
def set1_neg_twice(n):
    a = np.zeros(n, np.int64)
    a[-1] = 5
    a[-n] = 7
    a[-2] += 1
    return a


@jit
def grid(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    return a


@jit
def get2(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    for r in range(n):
        for c in range(m):
            a[r, c] = 10 * r + c
    return a[i, j]


@jit
def get2_chained(n, m, i, j):
    a = np.zeros((n, m), np.int64)
    for r in range(n):
        for c in range(m):
            a[r, c] = 10 * r + c
    return a[i][j]


@jit
def set2_chained(n, m):
    a = np.zeros((n, m), np.int64)
    a[1][2] = 5
    a[-1][-1] = 9
    a[0][0] += 3
    return a


@jit
def set2_neg(n, m):
    a = np.ones((n, m), np.float64)
    a[-1, 0] = 2.0
    a[0, -1] = 3.0
    a[-1, -1] *= 4.0
    return a


@jit
def get3(i, j, k):
    a = np.zeros((2, 3, 4), np.int32)
    for x in range(2):
        for y in range(3):
            for z in range(4):
                a[x, y, z] = 100 * x + 10 * y + z
    return a[i, j, k]


@jit
def get3_chained(i, j, k):
    a = np.zeros((2, 3, 4), np.int32)
    for x in range(2):
        for y in range(3):
            for z in range(4):
                a[x, y, z] = 100 * x + 10 * y + z
    return a[i][j][k] + a[i, j][k] + a[i][j, k]


@jit
def row_view(n, i):
    a = np.zeros((n, 3), np.int64)
    for r in range(n):
        for c in range(3):
            a[r, c] = r * 3 + c
    return a[i]


@jit
def row_write_through(n, i):
    a = np.zeros((n, 3), np.int64)
    r = a[i]
    r[0] = 7
    r[-1] = 8
    return a


@jit
def row_of_3d(j):
    a = np.zeros((2, 2, 2), np.int64)
    a[1, 0, 1] = 5
    p = a[1]
    q = a[1, j]
    return (p, q)


@jit
def row_len_shape(n, m):
    a = np.zeros((n, m))
    r = a[0]
    return (len(r), r.shape, r.ndim)


@jit
def index_int32(n, i):
    a = np.arange(n)
    k = np.int32(i)
    return a[k]


@jit
def index_uint8(n, i):
    a = np.arange(n)
    k = np.uint8(i)
    a[k] = 100
    return a


@jit
def index_int8_negative(n, i):
    a = np.arange(n)
    k = np.int8(i)
    return a[k]


@jit
def index_from_int_array(n):
    idx = np.zeros(3, np.int32)
    idx[0] = 2
    idx[1] = 0
    idx[2] = -1
    a = np.zeros(n)
    for j in range(3):
        a[idx[j]] += j + 1.0
    return a


@jit
def index_from_uint8_array(n):
    idx = np.arange(n, dtype=np.uint8)
    a = np.zeros(n, np.int64)
    for j in range(n):
        a[idx[n - 1 - j]] = j
    return a


@jit
def index_2d_mixed_types(n):
    a = np.zeros((n, n), np.int64)
    i = np.int16(1)
    j = np.uint32(2)
    a[i, j] = 4
    a[j, i] = 5
    return a


@jit
def aug_ops(n):
    a = np.full(n, 10, np.int64)
    a[0] += 3
    a[1] -= 4
    a[2] *= 5
    a[3] //= 3
    a[4] %= 4
    a[5] **= 2
    a[6] <<= 2
    a[7] >>= 1
    a[8] &= 6
    a[9] |= 5
    a[10] ^= 3
    return a


@jit
def aug_float_ops(n):
    a = np.full(n, 10.0)
    a[0] += 0.5
    a[1] -= 4.25
    a[2] *= -1.5
    a[3] /= 4.0
    a[4] //= 3.0
    a[5] %= 3.5
    a[6] **= 0.5
    return a



@jit
def aug_int_array_by_float(n):
    a = np.arange(n)
    a[1] += 1.7
    a[2] *= 2.5
    return a


@jit
def store_float_into_int(n, x):
    a = np.zeros(n, np.int64)
    a[0] = x
    return a


@jit
def store_float_into_narrow_int(x):
    a = np.zeros(1, np.int8)
    b = np.zeros(1, np.int32)
    a[0] = x
    b[0] = x
    return (a, b)


@jit
def store_float32_element_into_int(x):
    f = np.zeros(1, np.float32)
    f[0] = x
    a = np.zeros(1, np.int16)
    a[0] = f[0]
    return a


@jit
def fill_int_with_float(n, x):
    a = np.arange(n)
    a.fill(x)
    return a


@jit
def aug_in_loop(n):
    a = np.zeros(5, np.int64)
    for i in range(n):
        a[i % 5] += i
    return a


@jit
def aug_2d(n):
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            a[i, j] += i - j
            a[j, i] *= 2.0
    return a


@jit
def aug_negative_index(n):
    a = np.zeros(n, np.int64)
    for i in range(1, n + 1):
        a[-i] += i
    return a


@jit
def aug_index_evaluated_once(n):
    a = np.zeros(n, np.int64)
    i = 0
    for _ in range(3):
        a[i] += 1
        i += 1
    return (a, i)


@jit
def store_int_into_float(n):
    a = np.zeros(n)
    a[0] = 3
    a[1] = True
    a[2] = 2**53 + 1
    return a


@jit
def store_bool_array(n):
    a = np.zeros(n, np.bool_)
    a[0] = 5
    a[1] = 0.0
    a[2] = -0.5
    a[3] = True
    return a


@jit
def store_int_wrap_uint8(n):
    a = np.zeros(n, np.uint8)
    a[0] = 256
    a[1] = -1
    a[2] = 1000
    return a


@jit
def read_modify_swap(n):
    a = np.arange(n)
    for i in range(n // 2):
        t = a[i]
        a[i] = a[n - 1 - i]
        a[n - 1 - i] = t
    return a


@jit
def element_is_copy(n):
    a = np.zeros(n, np.int64)
    x = a[0]
    a[0] = 5
    return (x, a[0])


@jit
def prefix_sums(n):
    a = np.zeros(n, np.int64)
    for i in range(n):
        a[i] = i + 1
    for i in range(1, n):
        a[i] += a[i - 1]
    return a


@jit
def pascal(n):
    a = np.zeros((n, n), np.int64)
    for i in range(n):
        a[i, 0] = 1
        for j in range(1, i + 1):
            a[i, j] = a[i - 1, j - 1] + a[i - 1, j]
    return a[n - 1]


@jit
def index_by_bool_arith(n):
    a = np.arange(n)
    k = (n > 2) + (n > 3)
    return a[k]


CASES = [
    ("squares", (5,)),
    ("get1", (4, 0)),
    ("get1", (4, 3)),
    ("get1", (4, -1)),
    ("get1", (4, -4)),
    ("get1_int", (5, 2)),
    ("get1_int", (5, -5)),
    ("get1_int", (1, 0)),
    ("set1", (3, 1, 2.5)),
    ("set1", (3, -1, -0.0)),
    ("set1", (3, -3, 7)),
    ("set1", (3, 0, True)),
    ("set1_neg_twice", (4,)),
    ("grid", (3, 4)),
    ("get2", (3, 4, 2, 3)),
    ("get2", (3, 4, -1, -1)),
    ("get2", (3, 4, -3, 1)),
    ("get2", (3, 4, 0, -4)),
    ("get2_chained", (3, 4, 1, 2)),
    ("get2_chained", (3, 4, -2, -3)),
    ("set2_chained", (2, 3)),
    ("set2_neg", (2, 2)),
    ("get3", (1, 2, 3)),
    ("get3", (-1, -2, -3)),
    ("get3", (0, 0, 0)),
    ("get3_chained", (1, 1, 1)),
    ("get3_chained", (-2, 2, -4)),
    ("row_view", (3, 1)),
    ("row_view", (3, -1)),
    ("row_write_through", (3, 1)),
    ("row_write_through", (2, -2)),
    ("row_of_3d", (0,)),
    ("row_of_3d", (-1,)),
    ("row_len_shape", (2, 5)),
    ("index_int32", (5, 3)),
    ("index_int32", (5, -2)),
    ("index_uint8", (4, 3)),
    ("index_int8_negative", (6, -6)),
    ("index_from_int_array", (4,)),
    ("index_from_uint8_array", (4,)),
    ("index_2d_mixed_types", (3,)),
    ("aug_ops", (11,)),
    ("aug_float_ops", (7,)),
    ("aug_int_array_by_float", (3,)),
    ("store_float_into_int", (2, 2.7)),
    ("store_float_into_int", (2, -2.7)),
    ("store_float_into_int", (2, -0.0)),
    ("store_float_into_int", (2, 9.2e18)),
    ("store_float_into_int", (2, float("nan"))),
    ("store_float_into_int", (2, float("inf"))),
    ("store_float_into_int", (2, float("-inf"))),
    ("store_float_into_int", (2, 1e20)),
    ("store_float_into_narrow_int", (300.5,)),
    ("store_float_into_narrow_int", (1e10,)),
    ("store_float_into_narrow_int", (-129.9,)),
    ("store_float32_element_into_int", (-3.75,)),
    ("store_float32_element_into_int", (70000.5,)),
    ("store_float32_element_into_int", (float("nan"),)),
    ("fill_int_with_float", (3, 2.9)),
    ("fill_int_with_float", (2, float("nan"))),
    ("aug_in_loop", (12,)),
    ("aug_2d", (3,)),
    ("aug_negative_index", (4,)),
    ("aug_index_evaluated_once", (3,)),
    ("store_int_into_float", (3,)),
    ("store_bool_array", (4,)),
    ("store_int_wrap_uint8", (3,)),
    ("read_modify_swap", (5,)),
    ("read_modify_swap", (4,)),
    ("element_is_copy", (2,)),
    ("prefix_sums", (6,)),
    ("pascal", (7,)),
    ("index_by_bool_arith", (5,)),
    ("index_by_bool_arith", (3,)),
]

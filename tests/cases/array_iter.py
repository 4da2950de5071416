# Iteration over arrays (issue 3): `for x in a` over 1-D (elements) and
# N-D arrays (rows, as views), views with negative/other strides, empty
# arrays, enumerate(a), zip over arrays and ranges, break/continue/else,
# nested loops over rows.
import numpy as np
from pyjit import jit


@jit
def sum_elems(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = i * 0.5
    s = 0.0
    for x in a:
        s += x
    return s


@jit
def sum_int32(n):
    a = np.arange(n, dtype=np.int32)
    s = 0
    for x in a:
        s += x
    return s


@jit
def sum_int32_in_int32(n):
    a = np.full(n, 1000000000, np.int32)
    s = a[0]
    for x in a[1:]:
        s += x
    return s


@jit
def count_true(n):
    a = np.zeros(n, np.bool_)
    for i in range(0, n, 3):
        a[i] = True
    c = 0
    for b in a:
        if b:
            c += 1
    return c


@jit
def iter_reversed(n):
    a = np.arange(n)
    s = 0
    for x in a[::-1]:
        s = s * 10 + x
    return s


@jit
def iter_strided(n):
    a = np.arange(n)
    s = 0
    for x in a[1::3]:
        s = s * 10 + x
    return s


@jit
def iter_empty(n):
    a = np.zeros(n)
    c = 0
    for x in a:
        c += 1
    return c


@jit
def iter_rows(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    t = 0
    for row in a:
        t = t * 100 + row[m - 1]
    return t


@jit
def iter_rows_nested(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = i * m + j
    s = 0
    for row in a:
        for x in row:
            s = s * 2 + x
    return s


@jit
def iter_rows_write(n, m):
    a = np.zeros((n, m), np.int64)
    k = 0
    for row in a:
        row[0] = k
        row[-1] = -k
        k += 1
    return a


@jit
def iter_rows_fill(n, m):
    a = np.zeros((n, m))
    k = 1.0
    for row in a:
        row[:] = k
        k *= 2.0
    return a


@jit
def iter_3d(n):
    a = np.zeros((2, n, 2), np.int64)
    v = 0
    for plane in a:
        for row in plane:
            for j in range(len(row)):
                row[j] = v
                v += 1
    return a


@jit
def iter_columns(n, m):
    a = np.zeros((n, m), np.int64)
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    s = 0
    for col in a.T:
        s = s * 1000 + col[0] + col[-1]
    return s


@jit
def iter_row_len(n, m):
    a = np.zeros((n, m))
    c = 0
    for row in a:
        c += len(row)
    return c


@jit
def iter_first_even(n):
    a = np.arange(1, n)
    for x in a:
        if x % 2 == 0:
            return x
    return -1


@jit
def iter_break_else(n, stop):
    a = np.arange(n)
    s = 0
    for x in a:
        if x == stop:
            break
        s += x
    else:
        s = -s
    return s


@jit
def iter_continue(n):
    a = np.arange(n)
    s = 0
    for x in a:
        if x % 3 == 0:
            continue
        s += x
    return s


@jit
def iter_element_copy(n):
    a = np.arange(n)
    s = 0
    for x in a:
        a[n - 1] = 100
        s += x
    return s


@jit
def enumerate_elems(n):
    a = np.arange(n, 0, -1)
    s = 0
    for i, x in enumerate(a):
        s += i * x
    return s


@jit
def enumerate_rows(n, m):
    a = np.zeros((n, m), np.int64)
    for i, row in enumerate(a):
        row[i % m] = i + 1
    return a


@jit
def enumerate_write_back(n):
    a = np.zeros(n)
    for i, x in enumerate(a):
        a[i] = x + i * i
    return a


@jit
def enumerate_float32(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = i * 0.1
    best = 0
    for i, x in enumerate(a):
        if x > a[best]:
            best = i
    return (best, a[best])


@jit
def zip_two_arrays(n):
    a = np.arange(n)
    b = np.zeros(n)
    for i in range(n):
        b[i] = i * 0.25
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


@jit
def zip_shortest(n, m):
    a = np.arange(n)
    b = np.arange(m)
    c = 0
    for x, y in zip(a, b):
        c += 1
    return c


@jit
def zip_range_array(n):
    a = np.arange(n)
    s = 0
    for i, x in zip(range(10, 20), a):
        s += i * x
    return s


@jit
def zip_array_range_write(n):
    a = np.zeros(n, np.int64)
    for x, i in zip(a, range(n)):
        a[i] = x + 2 * i
    return a


@jit
def zip_three(n):
    a = np.arange(n)
    b = np.arange(n, 0, -1)
    c = np.zeros(n, np.int64)
    for x, y, k in zip(a, b, range(n)):
        c[k] = x * y
    return c


@jit
def zip_rows(n, m):
    a = np.zeros((n, m), np.int64)
    b = np.ones((n, m), np.int64)
    for ra, rb in zip(a, b):
        for j in range(m):
            ra[j] = rb[j] + j
    return a


@jit
def zip_reversed_views(n):
    a = np.arange(n)
    s = 0
    for x, y in zip(a, a[::-1]):
        s += x * y
    return s


@jit
def dot(n):
    a = np.zeros(n)
    b = np.zeros(n)
    for i in range(n):
        a[i] = i + 1.0
        b[i] = 1.0 / (i + 1.0)
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


@jit
def iter_uint8_sum(n):
    a = np.zeros(n, np.uint8)
    for i in range(n):
        a[i] = 250 + i
    s = 0
    for x in a:
        s += x
    return s


@jit
def iter_max(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = (i * 7) % 5 - 0.5 * i
    m = a[0]
    for x in a:
        if x > m:
            m = x
    return m


@jit
def iter_enumerate_empty(n):
    a = np.zeros((n, 3))
    c = 0
    for i, row in enumerate(a):
        c += i + len(row)
    return c


CASES = [
    ("sum_elems", (5,)),
    ("sum_elems", (0,)),
    ("sum_int32", (10,)),
    ("sum_int32_in_int32", (3,)),
    ("sum_int32_in_int32", (2,)),
    ("count_true", (10,)),
    ("iter_reversed", (5,)),
    ("iter_strided", (10,)),
    ("iter_empty", (0,)),
    ("iter_empty", (4,)),
    ("iter_rows", (3, 4)),
    ("iter_rows_nested", (2, 3)),
    ("iter_rows_write", (3, 2)),
    ("iter_rows_write", (2, 1)),
    ("iter_rows_fill", (3, 2)),
    ("iter_3d", (3,)),
    ("iter_columns", (3, 2)),
    ("iter_row_len", (3, 4)),
    ("iter_row_len", (0, 4)),
    ("iter_first_even", (10,)),
    ("iter_first_even", (2,)),
    ("iter_break_else", (10, 4)),
    ("iter_break_else", (10, 40)),
    ("iter_continue", (10,)),
    ("iter_element_copy", (4,)),
    ("enumerate_elems", (5,)),
    ("enumerate_rows", (4, 2)),
    ("enumerate_write_back", (4,)),
    ("enumerate_float32", (6,)),
    ("zip_two_arrays", (5,)),
    ("zip_shortest", (5, 3)),
    ("zip_shortest", (2, 7)),
    ("zip_shortest", (0, 7)),
    ("zip_range_array", (4,)),
    ("zip_range_array", (15,)),
    ("zip_array_range_write", (4,)),
    ("zip_three", (4,)),
    ("zip_rows", (2, 3)),
    ("zip_reversed_views", (5,)),
    ("dot", (10,)),
    ("iter_uint8_sum", (8,)),
    ("iter_max", (7,)),
    ("iter_enumerate_empty", (0,)),
    ("iter_enumerate_empty", (2,)),
]

# Element dtype arithmetic (issue 3): array elements are NumPy scalars and
# follow NumPy 1.24's scalar rules (promote_types; a Python int counts as
# int64, a Python float as float64): int32 + int64 -> int64, int32 + int32
# wraps in int32, float32 * float32 -> float32 (printed as NumPy's float32
# repr), float32 with a Python float -> float64, uint8 wraparound, int8 +
# uint8 -> int16, int64 + uint64 -> float64, bool arrays (& | ^ are
# logical; NumPy's bool_ + bool_ is logical or), conversions on store and
# through np.<dtype>(x), 0-d results of reductions in a narrow dtype.
import math

import numpy as np
from pyjit import jit

# ---- int32 / int64 ----


@jit
def i32_add_i64(x, y):
    a = np.zeros(1, np.int32)
    b = np.zeros(1, np.int64)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def i32_add_i32(x, y):
    a = np.zeros(2, np.int32)
    a[0] = x
    a[1] = y
    return a[0] + a[1]


@jit
def i32_ops(x, y):
    a = np.zeros(2, np.int32)
    a[0] = x
    a[1] = y
    p = a[0]
    q = a[1]
    return (p - q, p * q, p // q, p % q, p / q, p & q, p | q, p ^ q, -p, ~p)


@jit
def i32_add_py_int(x, k):
    a = np.zeros(1, np.int32)
    a[0] = x
    return a[0] + k


@jit
def i32_add_literal(x):
    a = np.zeros(1, np.int32)
    a[0] = x
    return a[0] + 1


@jit
def i32_mul_py_float(x):
    a = np.zeros(1, np.int32)
    a[0] = x
    return a[0] * 2.5


@jit
def i32_pow(x, y):
    a = np.zeros(2, np.int32)
    a[0] = x
    a[1] = y
    return a[0] ** a[1]


@jit
def i32_pow_py_int(x):
    a = np.zeros(1, np.int32)
    a[0] = x
    return a[0] ** 2


@jit
def i32_abs(x):
    a = np.zeros(1, np.int32)
    a[0] = x
    return abs(a[0])


@jit
def i32_sum_in_i32(n):
    a = np.zeros(n, np.int32)
    for i in range(n):
        a[i] = 300000000
    s = a[0]
    for i in range(1, n):
        s += a[i]
    return s


@jit
def i64_wraps(x, y):
    a = np.zeros(2, np.int64)
    a[0] = x
    a[1] = y
    return a[0] * a[1]


@jit
def i16_mul_wrap(x, y):
    a = np.zeros(2, np.int16)
    a[0] = x
    a[1] = y
    return a[0] * a[1]


@jit
def i8_ops(x, y):
    a = np.zeros(2, np.int8)
    a[0] = x
    a[1] = y
    p = a[0]
    q = a[1]
    return (p + q, p - q, p * q, p // q, p % q)


@jit
def i8_shifts(x, s):
    a = np.zeros(2, np.int8)
    a[0] = x
    a[1] = s
    return (a[0] << a[1], a[0] >> a[1])


@jit
def i16_floor_mod(x, y):
    a = np.zeros(2, np.int16)
    a[0] = x
    a[1] = y
    return (a[0] // a[1], a[0] % a[1])


# ---- unsigned ----


@jit
def u8_ops(x, y):
    a = np.zeros(2, np.uint8)
    a[0] = x
    a[1] = y
    p = a[0]
    q = a[1]
    return (p + q, p - q, p * q, p // q, p % q, p & q, p | q, p ^ q)


@jit
def u8_unary(x):
    a = np.zeros(1, np.uint8)
    a[0] = x
    return (-a[0], ~a[0], +a[0])


@jit
def u8_add_py_int(x, k):
    a = np.zeros(1, np.uint8)
    a[0] = x
    return a[0] + k


@jit
def u8_add_literal(x):
    a = np.zeros(1, np.uint8)
    a[0] = x
    return a[0] + 100


@jit
def u8_true_div(x, y):
    a = np.zeros(2, np.uint8)
    a[0] = x
    a[1] = y
    return a[0] / a[1]


@jit
def u8_add_i8(x, y):
    a = np.zeros(1, np.uint8)
    b = np.zeros(1, np.int8)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def u8_compare_negative(x):
    a = np.zeros(1, np.uint8)
    a[0] = x
    return (a[0] > -1, a[0] == 255, a[0] < 0)


@jit
def u8_accumulate_wrap(n):
    a = np.zeros(1, np.uint8)
    for i in range(n):
        a[0] += 7
    return a[0]


@jit
def u8_running_sum_in_u8(n):
    a = np.zeros(n, np.uint8)
    for i in range(n):
        a[i] = 100
    s = a[0]
    for i in range(1, n):
        s = s + a[i]
    return s


@jit
def u8_shift(x, s):
    a = np.zeros(2, np.uint8)
    a[0] = x
    a[1] = s
    return (a[0] << a[1], a[0] >> a[1])


@jit
def u16_u32_wrap(x):
    a = np.zeros(1, np.uint16)
    b = np.zeros(1, np.uint32)
    a[0] = x
    b[0] = x
    z16 = np.zeros(1, np.uint16)
    z32 = np.zeros(1, np.uint32)
    return (z16[0] - a[0], z32[0] - b[0], a[0] + b[0])


@jit
def u64_wrap_max(n):
    a = np.zeros(2, np.uint64)
    a[1] = n
    return a[0] - a[1]


@jit
def u64_plus_i64(x, y):
    a = np.zeros(1, np.uint64)
    b = np.zeros(1, np.int64)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def u32_mul_i32(x, y):
    a = np.zeros(1, np.uint32)
    b = np.zeros(1, np.int32)
    a[0] = x
    b[0] = y
    return a[0] * b[0]


# ---- float32 ----


@jit
def f32_mul(x, y):
    a = np.zeros(2, np.float32)
    a[0] = x
    a[1] = y
    return a[0] * a[1]


@jit
def f32_ops(x, y):
    a = np.zeros(2, np.float32)
    a[0] = x
    a[1] = y
    p = a[0]
    q = a[1]
    return (p + q, p - q, p * q, p / q, p // q, p % q, -p, abs(p))


@jit
def f32_mul_py_float(x, y):
    a = np.zeros(1, np.float32)
    a[0] = x
    return a[0] * y


@jit
def f32_add_py_int(x, k):
    a = np.zeros(1, np.float32)
    a[0] = x
    return a[0] + k


@jit
def f32_add_i16(x, y):
    a = np.zeros(1, np.float32)
    b = np.zeros(1, np.int16)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def f32_add_i32(x, y):
    a = np.zeros(1, np.float32)
    b = np.zeros(1, np.int32)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def f32_add_u8(x, y):
    a = np.zeros(1, np.float32)
    b = np.zeros(1, np.uint8)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def f32_add_f64(x, y):
    a = np.zeros(1, np.float32)
    b = np.zeros(1, np.float64)
    a[0] = x
    b[0] = y
    return a[0] + b[0]


@jit
def f32_sum_tenths(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = 0.1
    s = a[0]
    for i in range(1, n):
        s += a[i]
    return s


@jit
def f32_sum_into_f64(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = 0.1
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


@jit
def f32_compare(x):
    a = np.zeros(2, np.float32)
    a[0] = x
    a[1] = x
    return (a[0] == x, a[0] == a[1], a[0] < x, a[0] > x)


@jit
def f32_overflow(x):
    a = np.zeros(2, np.float32)
    a[0] = x
    a[1] = 10.0
    return a[0] * a[1]


@jit
def f32_store_huge(x):
    a = np.zeros(1, np.float32)
    a[0] = x
    return a[0]


@jit
def f32_big_int_precision(n):
    a = np.zeros(2, np.float32)
    a[0] = n
    a[1] = 1.0
    return a[0] + a[1]


@jit
def f32_to_python(x):
    a = np.zeros(1, np.float32)
    a[0] = x
    return (float(a[0]), int(a[0]), math.sqrt(a[0]), a[0] > 0)


@jit
def f32_result_in_tuple(x):
    a = np.zeros(1, np.float32)
    a[0] = x
    b = np.zeros(1)
    b[0] = x
    return (a[0], b[0])


@jit
def f32_nan_inf(x):
    a = np.zeros(1, np.float32)
    a[0] = x
    return a[0]


# ---- bool arrays ----


@jit
def bool_logic(x, y):
    a = np.zeros(2, np.bool_)
    a[0] = x
    a[1] = y
    p = a[0]
    q = a[1]
    return (p & q, p | q, p ^ q, p == q, p != q, not p)


@jit
def bool_plus_bool(x, y):
    a = np.zeros(2, np.bool_)
    a[0] = x
    a[1] = y
    return a[0] + a[1]


@jit
def bool_invert(x):
    a = np.zeros(1, np.bool_)
    a[0] = x
    return ~a[0]


@jit
def bool_with_numbers(x):
    a = np.zeros(1, np.bool_)
    a[0] = x
    i = np.zeros(1, np.int32)
    i[0] = 5
    return (a[0] + 1, a[0] * 2.5, a[0] + i[0])


@jit
def bool_count(n):
    a = np.zeros(n, np.bool_)
    for i in range(n):
        a[i] = i % 3 != 1
    c = 0
    for i in range(n):
        c += a[i]
    return c


@jit
def bool_branch(n):
    a = np.zeros(n, np.bool_)
    a[1] = True
    s = 0
    for i in range(n):
        if a[i]:
            s += 10
        elif not a[i]:
            s += 1
    return s


# ---- conversions through np.<dtype>(x) ----


@jit
def np_int_ctors(x):
    return (np.int8(x), np.uint8(x), np.int16(x), np.uint16(x), np.int32(x), np.uint32(x))


@jit
def np_int_from_float(x):
    return (np.int32(x), np.int64(x), np.uint8(x))


@jit
def np_float_ctors(x):
    return (np.float32(x), np.float64(x))


@jit
def np_bool_ctor(x):
    return np.bool_(x)


@jit
def np_scalar_arith(x, y):
    p = np.float32(x)
    q = np.float32(y)
    return p / q


@jit
def np_int32_scalar_arith(x, y):
    p = np.int32(x)
    q = np.int32(y)
    return (p + q, p * q)


# ---- 0-d results: reductions in the element dtype ----


@jit
def max_int32(n):
    a = np.zeros(n, np.int32)
    for i in range(n):
        a[i] = (i * 37) % 11 - 5
    m = a[0]
    for i in range(1, n):
        if a[i] > m:
            m = a[i]
    return m


@jit
def min_uint8(n):
    a = np.zeros(n, np.uint8)
    for i in range(n):
        a[i] = 200 - i * 3
    m = a[0]
    for x in a:
        m = min(m, x)
    return m


@jit
def prod_int16(n):
    a = np.zeros(n, np.int16)
    for i in range(n):
        a[i] = i + 1
    p = a[0]
    for i in range(1, n):
        p *= a[i]
    return p


@jit
def mean_float32(n):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = i / 7
    s = a[0]
    for i in range(1, n):
        s += a[i]
    return s / n


@jit
def dot_float32(n):
    a = np.zeros(n, np.float32)
    b = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = i * 0.3
        b[i] = 1.0 - i * 0.1
    s = np.float32(0.0)
    for i in range(n):
        s += a[i] * b[i]
    return s


@jit
def max_abs_diff(n):
    a = np.zeros(n)
    b = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = i / 3
        b[i] = i / 3
    m = 0.0
    for i in range(n):
        d = abs(a[i] - b[i])
        if d > m:
            m = d
    return m


@jit
def mixed_store_back(n):
    a = np.zeros(n, np.int32)
    b = np.zeros(n, np.uint8)
    c = np.zeros(n, np.float32)
    for i in range(n):
        b[i] = 250 + i
        a[i] = b[i] + b[i]
        c[i] = a[i] / 3
    return (a, b, c)


CASES = [
    ("i32_add_i64", (2147483647, 1)),
    ("i32_add_i64", (-2147483648, -1)),
    ("i32_add_i32", (2147483647, 1)),
    ("i32_add_i32", (-2147483648, -1)),
    ("i32_add_i32", (100, 23)),
    ("i32_ops", (7, 2)),
    ("i32_ops", (-7, 2)),
    ("i32_ops", (7, -3)),
    ("i32_ops", (-2147483648, 3)),
    ("i32_add_py_int", (2147483647, 1)),
    ("i32_add_py_int", (5, -10)),
    ("i32_add_literal", (2147483647,)),
    ("i32_mul_py_float", (3,)),
    ("i32_pow", (3, 20)),
    ("i32_pow", (2, 10)),
    ("i32_pow_py_int", (100000,)),
    ("i32_abs", (-5,)),
    ("i32_abs", (-2147483648,)),
    ("i32_sum_in_i32", (7,)),
    ("i32_sum_in_i32", (8,)),
    ("i64_wraps", (2**62, 4)),
    ("i64_wraps", (3037000500, 3037000500)),
    ("i16_mul_wrap", (300, 300)),
    ("i16_mul_wrap", (-200, 100)),
    ("i8_ops", (100, 100)),
    ("i8_ops", (-128, -1)),
    ("i8_ops", (-7, 3)),
    ("i8_shifts", (1, 7)),
    ("i8_shifts", (1, 8)),
    ("i8_shifts", (-128, 10)),
    ("i8_shifts", (-3, 1)),
    ("i16_floor_mod", (-7, 2)),
    ("i16_floor_mod", (7, -3)),
    ("u8_ops", (200, 100)),
    ("u8_ops", (3, 5)),
    ("u8_ops", (16, 16)),
    ("u8_ops", (255, 2)),
    ("u8_unary", (3,)),
    ("u8_unary", (0,)),
    ("u8_add_py_int", (200, 100)),
    ("u8_add_py_int", (5, -10)),
    ("u8_add_literal", (200,)),
    ("u8_true_div", (7, 2)),
    ("u8_add_i8", (200, -100)),
    ("u8_add_i8", (200, 100)),
    ("u8_add_i8", (0, -128)),
    ("u8_compare_negative", (255,)),
    ("u8_compare_negative", (0,)),
    ("u8_accumulate_wrap", (40,)),
    ("u8_running_sum_in_u8", (5,)),
    ("u8_shift", (1, 7)),
    ("u8_shift", (255, 4)),
    ("u8_shift", (1, 9)),
    ("u16_u32_wrap", (1,)),
    ("u16_u32_wrap", (65535,)),
    ("u64_wrap_max", (1,)),
    ("u64_wrap_max", (5,)),
    ("u64_plus_i64", (5, 1)),
    ("u64_plus_i64", (2**53, 1)),
    ("u32_mul_i32", (4000000000, 2)),
    ("u32_mul_i32", (3, -1)),
    ("f32_mul", (0.1, 3.0)),
    ("f32_mul", (1e20, 1e20)),
    ("f32_mul", (1.5, -2.0)),
    ("f32_ops", (7.5, 2.0)),
    ("f32_ops", (-7.5, 2.0)),
    ("f32_ops", (1.0, 3.0)),
    ("f32_ops", (0.1, 0.2)),
    ("f32_mul_py_float", (0.1, 3.0)),
    ("f32_mul_py_float", (0.5, 0.25)),
    ("f32_add_py_int", (0.1, 1)),
    ("f32_add_py_int", (16777216.0, 1)),
    ("f32_add_i16", (0.1, 1)),
    ("f32_add_i32", (0.1, 1)),
    ("f32_add_u8", (0.1, 255)),
    ("f32_add_f64", (0.1, 0.2)),
    ("f32_sum_tenths", (10,)),
    ("f32_sum_tenths", (1,)),
    ("f32_sum_into_f64", (10,)),
    ("f32_compare", (0.1,)),
    ("f32_compare", (0.5,)),
    ("f32_overflow", (3e38,)),
    ("f32_overflow", (-3e38,)),
    ("f32_store_huge", (1e300,)),
    ("f32_store_huge", (1e-50,)),
    ("f32_store_huge", (-1e-50,)),
    ("f32_store_huge", (3.4028235e38,)),
    ("f32_store_huge", (1.401298464324817e-45,)),
    ("f32_big_int_precision", (16777216,)),
    ("f32_big_int_precision", (16777215,)),
    ("f32_to_python", (0.1,)),
    ("f32_to_python", (2.75,)),
    ("f32_result_in_tuple", (0.1,)),
    ("f32_result_in_tuple", (1e-45,)),
    ("f32_nan_inf", (float("inf"),)),
    ("f32_nan_inf", (float("-inf"),)),
    ("f32_nan_inf", (float("nan"),)),
    ("f32_nan_inf", (-0.0,)),
    ("f32_nan_inf", (123456789.0,)),
    ("f32_nan_inf", (1.0 / 3.0,)),
    ("bool_logic", (True, False)),
    ("bool_logic", (True, True)),
    ("bool_logic", (False, False)),
    ("bool_plus_bool", (True, True)),
    ("bool_plus_bool", (False, False)),
    ("bool_invert", (True,)),
    ("bool_invert", (False,)),
    ("bool_with_numbers", (True,)),
    ("bool_with_numbers", (False,)),
    ("bool_count", (10,)),
    ("bool_branch", (4,)),
    ("np_int_ctors", (300,)),
    ("np_int_ctors", (-1,)),
    ("np_int_ctors", (70000,)),
    ("np_int_from_float", (2.9,)),
    ("np_int_from_float", (-2.9,)),
    ("np_int_from_float", (float("nan"),)),
    ("np_float_ctors", (0.1,)),
    ("np_float_ctors", (3,)),
    ("np_bool_ctor", (0.0,)),
    ("np_bool_ctor", (-2,)),
    ("np_bool_ctor", (float("nan"),)),
    ("np_scalar_arith", (1.0, 3.0)),
    ("np_scalar_arith", (2.0, 7.0)),
    ("np_int32_scalar_arith", (2000000000, 2)),
    ("max_int32", (11,)),
    ("max_int32", (1,)),
    ("min_uint8", (9,)),
    ("prod_int16", (8,)),
    ("prod_int16", (5,)),
    ("mean_float32", (10,)),
    ("dot_float32", (8,)),
    ("max_abs_diff", (10,)),
    ("mixed_store_back", (3,)),
]

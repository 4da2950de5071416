# Integer arithmetic: + - * / // % ** with Python's floor and sign rules,
# int64 extremes that stay in range, true division of ints, unary ops.
from pyjit import jit

INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1


@jit
def add(a, b):
    return a + b


@jit
def sub(a, b):
    return a - b


@jit
def mul(a, b):
    return a * b


@jit
def truediv(a, b):
    return a / b


@jit
def floordiv(a, b):
    return a // b


@jit
def mod(a, b):
    return a % b


@jit
def power(a, b):
    return a ** b


@jit
def neg(a):
    return -a


@jit
def pos(a):
    return +a


@jit
def divmod_pair(a, b):
    q = a // b
    r = a % b
    return q, r, q * b + r == a


@jit
def poly(x):
    return 3 * x * x - 7 * x + 2


@jit
def precedence(a, b, c):
    return a + b * c - a // b ** 2 % c


@jit
def unary_chain(a):
    return - - a, -(-a), +-a, -+a


@jit
def mixed_int_float(a, b):
    return a + b, a * b, a - b


CASES = [
    ("add", (1, 2)),
    ("add", (0, 0)),
    ("add", (-1, 1)),
    ("add", (INT64_MAX, 0)),
    ("add", (INT64_MAX - 1, 1)),
    ("add", (INT64_MIN, INT64_MAX)),
    ("add", (INT64_MIN + 1, -1)),
    ("add", (True, True)),
    ("sub", (5, 7)),
    ("sub", (0, INT64_MAX)),
    ("sub", (-1, INT64_MAX)),
    ("sub", (INT64_MAX, INT64_MAX)),
    ("mul", (6, 7)),
    ("mul", (-3, 4)),
    ("mul", (-3, -4)),
    ("mul", (0, INT64_MIN)),
    ("mul", (3037000499, 3037000499)),
    ("mul", (-4611686018427387904, 2)),
    ("mul", (INT64_MAX, -1)),
    ("truediv", (7, 2)),
    ("truediv", (-7, 2)),
    ("truediv", (1, 3)),
    ("truediv", (0, 5)),
    ("truediv", (0, -5)),
    ("truediv", (10, 5)),
    ("truediv", (INT64_MAX, 1)),
    ("truediv", (INT64_MIN, -1)),
    ("truediv", (1, 0)),
    ("truediv", (0, 0)),
    ("truediv", (9007199254740993, 1)),
    ("truediv", (INT64_MAX, 3)),
    # CPython divides ints exactly and rounds once (not double(a) / double(b)).
    ("truediv", (9007199254740995, 10)),
    ("truediv", (12345678901234567, 7)),
    ("truediv", (INT64_MAX, 9007199254740993)),
    ("floordiv", (7, 2)),
    ("floordiv", (-7, 2)),
    ("floordiv", (7, -2)),
    ("floordiv", (-7, -2)),
    ("floordiv", (6, 3)),
    ("floordiv", (-6, 3)),
    ("floordiv", (0, -3)),
    ("floordiv", (1, INT64_MAX)),
    ("floordiv", (-1, INT64_MAX)),
    ("floordiv", (INT64_MIN, 1)),
    ("floordiv", (INT64_MIN, 2)),
    ("floordiv", (INT64_MIN, INT64_MAX)),
    ("floordiv", (INT64_MAX, INT64_MIN)),
    ("floordiv", (INT64_MIN, -2)),
    ("floordiv", (-1, 3)),
    ("floordiv", (1, -3)),
    ("floordiv", (INT64_MAX, -1)),
    ("floordiv", (5, 0)),
    ("floordiv", (0, 0)),
    ("mod", (7, 3)),
    ("mod", (-7, 3)),
    ("mod", (7, -3)),
    ("mod", (-7, -3)),
    ("mod", (6, -3)),
    ("mod", (0, 5)),
    ("mod", (INT64_MIN, -1)),
    ("mod", (INT64_MIN, 10)),
    ("mod", (INT64_MAX, -10)),
    ("mod", (-1, INT64_MAX)),
    ("mod", (-1, 3)),
    ("mod", (1, -3)),
    ("mod", (INT64_MIN, 3)),
    ("mod", (INT64_MIN, INT64_MAX)),
    ("mod", (INT64_MAX, INT64_MIN)),
    ("mod", (5, 0)),
    ("mod", (-5, 0)),
    ("divmod_pair", (17, 5)),
    ("divmod_pair", (-17, 5)),
    ("divmod_pair", (17, -5)),
    ("divmod_pair", (-17, -5)),
    ("divmod_pair", (INT64_MIN, 8)),
    ("divmod_pair", (INT64_MAX, -7)),
    ("power", (2, 10)),
    ("power", (2, 62)),
    ("power", (-2, 63)),
    ("power", (-2, 3)),
    ("power", (0, 0)),
    ("power", (5, 0)),
    ("power", (-1, 999)),
    ("power", (-1, 1000)),
    ("power", (3, 39)),
    ("power", (10, 18)),
    ("power", (0, 7)),
    ("neg", (5,)),
    ("neg", (0,)),
    ("neg", (INT64_MAX,)),
    ("neg", (INT64_MIN + 1,)),
    ("neg", (True,)),
    ("pos", (-3,)),
    ("pos", (False,)),
    ("poly", (0,)),
    ("poly", (-1,)),
    ("poly", (1000000,)),
    ("precedence", (7, 2, 3)),
    ("precedence", (-7, 2, 3)),
    ("unary_chain", (5,)),
    ("unary_chain", (-9,)),
    ("mixed_int_float", (1, 0.5)),
    ("mixed_int_float", (INT64_MAX, 1.0)),
    ("mixed_int_float", (-3, -0.0)),
]

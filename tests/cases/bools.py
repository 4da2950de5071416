# bool as a number: arithmetic on bools gives ints (True + True == 2, -True
# == -1, True / 2 == 0.5), comparisons used as counts, bool & | ^ stay bool,
# bool arguments and returns, bool() of comparisons.
from pyjit import jit


@jit
def bool_arith(a, b):
    return a + b, a - b, a * b, -a, +b, ~a


@jit
def bool_div(a, b):
    return a / 2, a // 1, a % 2, a ** 2


@jit
def bool_bits(a, b):
    return a & b, a | b, a ^ b


@jit
def count_true(a, b, c):
    return (a < b) + (b < c) + (a < c)


@jit
def count_positive(x, y, z):
    n = 0
    n += x > 0
    n += y > 0
    n += z > 0
    return n


@jit
def bool_mix_int(flag, k):
    return flag * k + (not flag) * -k


@jit
def bool_to_float(flag, x):
    return flag * x


@jit
def bool_zero_div(a, b):
    return a // b


@jit
def bool_return(x):
    return x > 0 and x < 10


@jit
def toggles(n):
    flag = False
    for _ in range(n):
        flag = not flag
    return flag


@jit
def bool_in_ternary(flag):
    return 1.5 if flag else -1.5


@jit
def bool_eq_int(b, i):
    return b == i, b < i, b is True


CASES = [
    ("bool_arith", (True, True)),
    ("bool_arith", (True, False)),
    ("bool_arith", (False, True)),
    ("bool_div", (True, True)),
    ("bool_div", (False, True)),
    ("bool_bits", (True, False)),
    ("bool_bits", (True, True)),
    ("count_true", (1, 2, 3)),
    ("count_true", (3, 2, 1)),
    ("count_true", (1.0, float("nan"), 2.0)),
    ("count_positive", (1, -1, 5)),
    ("count_positive", (0.0, -0.0, 1e-300)),
    ("bool_mix_int", (True, 7)),
    ("bool_mix_int", (False, 7)),
    ("bool_to_float", (True, 2.5)),
    ("bool_to_float", (False, -2.5)),
    ("bool_zero_div", (True, False)),
    ("bool_return", (5,)),
    ("bool_return", (50,)),
    ("bool_return", (-0.5,)),
    ("toggles", (7,)),
    ("toggles", (0,)),
    ("bool_in_ternary", (True,)),
    ("bool_in_ternary", (False,)),
    ("bool_eq_int", (True, 1)),
    ("bool_eq_int", (False, 1)),
]

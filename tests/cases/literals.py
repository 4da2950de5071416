# Literal forms in kernels: int bases, underscores, the int64 extremes
# (-9223372036854775808 is a negated literal that only fits after negation),
# float forms, True/False/None, string literals only where print takes them.
from pyjit import jit


@jit
def int_forms():
    return 0x7F, 0o17, 0b1011, 1_000_000, 0xFFFF_FFFF, 00, 0X1f, 0B11, 0O7


@jit
def int64_extremes():
    return 9223372036854775807, -9223372036854775808


@jit
def float_forms():
    return 1e3, 1E-3, 1.5e+2, .5, 5., 1_000.000_1, 0e0, 1e-320, 1e308


@jit
def consts():
    return True, False, None


@jit
def implicit_concat():
    print("abc" "def", 'single' "double")


@jit
def neg_literal_ops(x):
    return x - -1, x * -2, -x ** 2, (-x) ** 2


CASES = [
    ("int_forms", ()),
    ("int64_extremes", ()),
    ("float_forms", ()),
    ("consts", ()),
    ("implicit_concat", ()),
    ("neg_literal_ops", (3,)),
    ("neg_literal_ops", (-3,)),
]

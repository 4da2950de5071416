# Float arithmetic: IEEE doubles with Python's // and % rules, -0.0, inf,
# nan, subnormals, ** with its errors, int/float promotion.
from pyjit import jit

INF = float("inf")
NAN = float("nan")


@jit
def fadd(a, b):
    return a + b


@jit
def fsub(a, b):
    return a - b


@jit
def fmul(a, b):
    return a * b


@jit
def fdiv(a, b):
    return a / b


@jit
def ffloordiv(a, b):
    return a // b


@jit
def fmod_(a, b):
    return a % b


@jit
def fpow(a, b):
    return a ** b


@jit
def fneg(a):
    return -a


@jit
def promote(i, x):
    return i / x, i // x, i % x, x ** i


@jit
def int_pow_float(i, x):
    return i ** x


@jit
def accumulate(n):
    s = 0.0
    for i in range(n):
        s += 0.1
    return s


@jit
def kahan(n):
    s = 0.0
    c = 0.0
    for i in range(1, n + 1):
        y = 1.0 / i - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


CASES = [
    ("fadd", (0.1, 0.2)),
    ("fadd", (1e16, 1.0)),
    ("fadd", (-0.0, -0.0)),
    ("fadd", (-0.0, 0.0)),
    ("fadd", (INF, -INF)),
    ("fadd", (INF, 1.0)),
    ("fadd", (NAN, 1.0)),
    ("fadd", (5e-324, 5e-324)),
    ("fadd", (1.7976931348623157e308, 1.7976931348623157e308)),
    ("fsub", (0.3, 0.1)),
    ("fsub", (0.0, 0.0)),
    ("fsub", (-0.0, 0.0)),
    ("fsub", (INF, INF)),
    ("fmul", (0.1, 3.0)),
    ("fmul", (-0.0, 5.0)),
    ("fmul", (0.0, -1.0)),
    ("fmul", (INF, 0.0)),
    ("fmul", (1e200, 1e200)),
    ("fmul", (5e-324, 0.5)),
    ("fmul", (2.2250738585072014e-308, 0.5)),
    ("fdiv", (1.0, 3.0)),
    ("fdiv", (-1.0, 3.0)),
    ("fdiv", (1.0, INF)),
    ("fdiv", (-1.0, INF)),
    ("fdiv", (INF, INF)),
    ("fdiv", (1e-300, 1e300)),
    ("fdiv", (1.0, 0.0)),
    ("fdiv", (1.0, -0.0)),
    ("fdiv", (0.0, 0.0)),
    ("fdiv", (NAN, 0.0)),
    ("ffloordiv", (7.5, 2.0)),
    ("ffloordiv", (-7.5, 2.0)),
    ("ffloordiv", (7.5, -2.0)),
    ("ffloordiv", (-7.5, -2.0)),
    ("ffloordiv", (0.0, -1.0)),
    ("ffloordiv", (-0.0, 1.0)),
    ("ffloordiv", (1.0, INF)),
    ("ffloordiv", (-1.0, INF)),
    ("ffloordiv", (INF, 1.0)),
    ("ffloordiv", (NAN, 2.0)),
    ("ffloordiv", (1e308, 1e-308)),
    ("ffloordiv", (0.7, 0.1)),
    ("ffloordiv", (1.0, 0.0)),
    ("fmod_", (7.5, 2.0)),
    ("fmod_", (-7.5, 2.0)),
    ("fmod_", (7.5, -2.0)),
    ("fmod_", (-7.5, -2.0)),
    ("fmod_", (6.0, -3.0)),
    ("fmod_", (-6.0, 3.0)),
    ("fmod_", (0.0, -1.0)),
    ("fmod_", (-0.0, 1.0)),
    ("fmod_", (1.0, INF)),
    ("fmod_", (-1.0, INF)),
    ("fmod_", (1.0, -INF)),
    ("fmod_", (INF, 1.0)),
    ("fmod_", (0.7, 0.1)),
    ("fmod_", (-1e-300, 1.0)),
    ("fmod_", (1.0, 0.0)),
    ("fmod_", (-1.0, -0.0)),
    ("fpow", (2.0, 0.5)),
    ("fpow", (2.0, -1.0)),
    ("fpow", (-2.0, 3.0)),
    ("fpow", (-2.0, -3.0)),
    ("fpow", (0.0, 0.0)),
    ("fpow", (NAN, 0.0)),
    ("fpow", (1.0, NAN)),
    ("fpow", (-0.0, 3.0)),
    ("fpow", (INF, -1.0)),
    ("fpow", (0.5, INF)),
    ("fpow", (-1.0, INF)),
    ("fpow", (10.0, -400.0)),
    ("fpow", (10.0, 400.0)),
    ("fpow", (0.0, -1.0)),
    ("fpow", (-0.0, -2.0)),
    ("fpow", (2.0, 1024.0)),
    ("fpow", (2.0, -1074.0)),
    ("fpow", (-2.0, 1023.0)),
    ("fpow", (-INF, 3.0)),
    ("fpow", (-INF, 2.0)),
    ("fneg", (0.0,)),
    ("fneg", (-0.0,)),
    ("fneg", (INF,)),
    ("fneg", (NAN,)),
    ("fneg", (5e-324,)),
    ("promote", (7, 2.0)),
    ("promote", (-7, 2.0)),
    ("promote", (3, -0.5)),
    ("promote", (0, -1.5)),
    ("int_pow_float", (2, 0.5)),
    ("int_pow_float", (0, -1.0)),
    ("accumulate", (10,)),
    ("accumulate", (0,)),
    ("kahan", (1000,)),
]

# The math module: every float/int function pyjit supports, with edge values
# (0, -0.0, inf, nan, 5e-324, huge) and CPython's domain/range errors.
import math
from math import sqrt, pi

from pyjit import jit

INF = float("inf")
NAN = float("nan")


@jit
def m_sqrt(x):
    return math.sqrt(x)


@jit
def m_sqrt_imported(x):
    return sqrt(x) * pi


@jit
def m_exp(x):
    return math.exp(x)


@jit
def m_expm1(x):
    return math.expm1(x)


@jit
def m_log(x):
    return math.log(x)


@jit
def m_log_base(x, b):
    return math.log(x, b)


@jit
def m_log1p(x):
    return math.log1p(x)


@jit
def m_log2(x):
    return math.log2(x)


@jit
def m_log10(x):
    return math.log10(x)


@jit
def m_pow(x, y):
    return math.pow(x, y)


@jit
def m_trig(x):
    return math.sin(x), math.cos(x), math.tan(x)


@jit
def m_sin(x):
    return math.sin(x)


@jit
def m_inverse_trig(x):
    return math.asin(x), math.acos(x), math.atan(x)


@jit
def m_acos(x):
    return math.acos(x)


@jit
def m_hyperbolic(x):
    return math.sinh(x), math.cosh(x), math.tanh(x)


@jit
def m_cosh(x):
    return math.cosh(x)


@jit
def m_asinh(x):
    return math.asinh(x)


@jit
def m_acosh(x):
    return math.acosh(x)


@jit
def m_atanh(x):
    return math.atanh(x)


@jit
def m_atan2(y, x):
    return math.atan2(y, x)


@jit
def m_hypot(x, y):
    return math.hypot(x, y)


@jit
def m_fabs(x):
    return math.fabs(x)


@jit
def m_copysign(x, y):
    return math.copysign(x, y)


@jit
def m_copysign_neg(x, y):
    # -nan has its sign bit set: copysign sees it.
    return math.copysign(x, -y)


@jit
def m_fmod(x, y):
    return math.fmod(x, y)


@jit
def m_erf(x):
    return math.erf(x), math.erfc(x)


@jit
def m_gamma(x):
    return math.gamma(x)


@jit
def m_lgamma(x):
    return math.lgamma(x)


@jit
def m_classify(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


@jit
def m_degrees(x):
    return math.degrees(x), math.radians(x)


@jit
def m_gcd(a, b):
    return math.gcd(a, b)


@jit
def m_factorial(n):
    return math.factorial(n)


@jit
def m_constants():
    return math.pi, math.e, math.tau, math.inf, -math.inf


@jit
def m_nan_const():
    return math.nan, math.isnan(math.nan)


@jit
def m_floor_int(x):
    return math.floor(x) + 1


@jit
def m_ceil_div(a, b):
    return math.ceil(a / b)


@jit
def m_identity(x):
    # sin^2 + cos^2 and exp(log x)
    return math.sin(x) ** 2 + math.cos(x) ** 2, math.exp(math.log(x))


CASES = [
    ("m_sqrt", (2.0,)),
    ("m_sqrt", (4,)),
    ("m_sqrt", (0.0,)),
    ("m_sqrt", (-0.0,)),
    ("m_sqrt", (INF,)),
    ("m_sqrt", (NAN,)),
    ("m_sqrt", (5e-324,)),
    ("m_sqrt", (-1.0,)),
    ("m_sqrt", (-INF,)),
    ("m_sqrt", (-1,)),
    ("m_sqrt_imported", (2.0,)),
    ("m_exp", (1.0,)),
    ("m_exp", (0,)),
    ("m_exp", (-745.2,)),
    ("m_exp", (709.0,)),
    ("m_exp", (-INF,)),
    ("m_exp", (INF,)),
    ("m_exp", (NAN,)),
    ("m_exp", (1000.0,)),
    ("m_expm1", (1e-10,)),
    ("m_expm1", (-0.0,)),
    ("m_expm1", (-INF,)),
    ("m_expm1", (710.0,)),
    ("m_log", (math.e,)),
    ("m_log", (1,)),
    ("m_log", (5e-324,)),
    ("m_log", (INF,)),
    ("m_log", (NAN,)),
    ("m_log", (0.0,)),
    ("m_log", (-1.0,)),
    ("m_log", (0,)),
    ("m_log_base", (8.0, 2.0)),
    ("m_log_base", (100, 10)),
    ("m_log_base", (1000.0, 10.0)),
    ("m_log_base", (2.0, 0.5)),
    ("m_log_base", (2.0, 1.0)),
    ("m_log_base", (0.0, 2.0)),
    ("m_log_base", (2.0, -2.0)),
    ("m_log1p", (1e-15,)),
    ("m_log1p", (-0.0,)),
    ("m_log1p", (-1.0,)),
    ("m_log1p", (-2.0,)),
    ("m_log2", (1024.0,)),
    ("m_log2", (3.0,)),
    ("m_log2", (5e-324,)),
    ("m_log2", (0.0,)),
    ("m_log10", (1000.0,)),
    ("m_log10", (2.0,)),
    ("m_log10", (-10.0,)),
    ("m_pow", (2.0, 10.0)),
    ("m_pow", (2, 3)),
    ("m_pow", (-8.0, 1.0 / 3.0)),
    ("m_pow", (0.0, -1.0)),
    ("m_pow", (NAN, 0.0)),
    ("m_pow", (1.0, NAN)),
    ("m_pow", (-1.0, INF)),
    ("m_pow", (10.0, 400.0)),
    ("m_pow", (-0.0, -3.0)),
    ("m_trig", (0.0,)),
    ("m_trig", (-0.0,)),
    ("m_trig", (1.0,)),
    ("m_trig", (math.pi,)),
    ("m_trig", (1e22,)),
    ("m_sin", (INF,)),
    ("m_sin", (NAN,)),
    ("m_inverse_trig", (0.5,)),
    ("m_inverse_trig", (-1.0,)),
    ("m_inverse_trig", (-0.0,)),
    ("m_acos", (1.5,)),
    ("m_acos", (NAN,)),
    ("m_hyperbolic", (0.5,)),
    ("m_hyperbolic", (-0.0,)),
    ("m_hyperbolic", (30.0,)),
    ("m_cosh", (1000.0,)),
    ("m_asinh", (-2.0,)),
    ("m_asinh", (1e300,)),
    ("m_acosh", (1.0,)),
    ("m_acosh", (10.0,)),
    ("m_acosh", (0.5,)),
    ("m_atanh", (0.5,)),
    ("m_atanh", (-0.0,)),
    ("m_atanh", (1.0,)),
    ("m_atan2", (1.0, 1.0)),
    ("m_atan2", (0.0, -0.0)),
    ("m_atan2", (-0.0, -0.0)),
    ("m_atan2", (-0.0, 1.0)),
    ("m_atan2", (INF, INF)),
    ("m_atan2", (1.0, -INF)),
    ("m_atan2", (1, 2)),
    ("m_hypot", (3.0, 4.0)),
    ("m_hypot", (INF, NAN)),
    ("m_hypot", (1e300, 1e300)),
    ("m_hypot", (-0.0, 0.0)),
    ("m_hypot", (3, 4)),
    ("m_fabs", (-3.5,)),
    ("m_fabs", (-7,)),
    ("m_fabs", (-0.0,)),
    ("m_copysign", (3.0, -0.0)),
    ("m_copysign", (-3.0, 0.0)),
    ("m_copysign", (INF, -1.0)),
    ("m_copysign_neg", (1.0, NAN)),
    ("m_copysign_neg", (1.0, 0.0)),
    ("m_copysign", (2, -1)),
    ("m_fmod", (7.5, 2.0)),
    ("m_fmod", (-7.5, 2.0)),
    ("m_fmod", (7.5, -2.0)),
    ("m_fmod", (-0.0, 1.0)),
    ("m_fmod", (1.0, INF)),
    ("m_fmod", (1.0, 0.0)),
    ("m_fmod", (INF, 1.0)),
    ("m_fmod", (NAN, 0.0)),
    ("m_erf", (0.5,)),
    ("m_erf", (-0.0,)),
    ("m_erf", (3.0,)),
    ("m_erf", (-INF,)),
    ("m_erf", (30.0,)),
    ("m_gamma", (5.0,)),
    ("m_gamma", (0.5,)),
    ("m_gamma", (-1.5,)),
    ("m_gamma", (171.5,)),
    ("m_gamma", (0.0,)),
    ("m_gamma", (-2.0,)),
    ("m_gamma", (-INF,)),
    ("m_gamma", (INF,)),
    ("m_lgamma", (10.0,)),
    ("m_lgamma", (0.5,)),
    ("m_lgamma", (-0.5,)),
    ("m_lgamma", (1.0,)),
    ("m_lgamma", (1e306,)),
    ("m_lgamma", (0.0,)),
    ("m_lgamma", (-3.0,)),
    ("m_lgamma", (-INF,)),
    ("m_classify", (1.0,)),
    ("m_classify", (INF,)),
    ("m_classify", (-INF,)),
    ("m_classify", (NAN,)),
    ("m_classify", (5e-324,)),
    ("m_classify", (3,)),
    ("m_degrees", (math.pi,)),
    ("m_degrees", (-0.0,)),
    ("m_degrees", (180,)),
    ("m_gcd", (12, 18)),
    ("m_gcd", (-12, 18)),
    ("m_gcd", (12, -18)),
    ("m_gcd", (0, 0)),
    ("m_gcd", (0, -7)),
    ("m_gcd", (9223372036854775807, 7)),
    ("m_gcd", (-9223372036854775807, 9223372036854775807)),
    ("m_gcd", (True, 4)),
    ("m_factorial", (0,)),
    ("m_factorial", (1,)),
    ("m_factorial", (10,)),
    ("m_factorial", (20,)),
    ("m_factorial", (-1,)),
    ("m_constants", ()),
    ("m_nan_const", ()),
    ("m_floor_int", (-3.5,)),
    ("m_ceil_div", (7, 2)),
    ("m_ceil_div", (-7, 2)),
    ("m_identity", (0.7,)),
]

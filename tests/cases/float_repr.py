# repr of float results: shortest round-trip digits, the switch to exponent
# notation at 1e16 and 1e-05, -0.0, inf, nan, subnormals, the extremes.
from pyjit import jit


@jit
def ident(x):
    return x


@jit
def scaled(x, k):
    return x * 10.0 ** k


@jit
def from_int(i):
    return i * 1.0


@jit
def third(x):
    return x / 3.0


CASES = [
    ("ident", (0.0,)),
    ("ident", (-0.0,)),
    ("ident", (1.0,)),
    ("ident", (0.1,)),
    ("ident", (1e16,)),
    ("ident", (9999999999999998.0,)),
    ("ident", (1e-05,)),
    ("ident", (0.0001,)),
    ("ident", (1.5e-05,)),
    ("ident", (123456789.123,)),
    ("ident", (5e-324,)),
    ("ident", (2.2250738585072014e-308,)),
    ("ident", (1.7976931348623157e308,)),
    ("ident", (float("inf"),)),
    ("ident", (float("-inf"),)),
    ("ident", (float("nan"),)),
    ("ident", (1e22,)),
    ("ident", (1e23,)),
    ("ident", (-1.25e-10,)),
    ("scaled", (1.0, 15)),
    ("scaled", (1.0, 16)),
    ("scaled", (1.0, -4)),
    ("scaled", (1.0, -5)),
    ("scaled", (1.1, 20)),
    ("scaled", (3.0, -310)),
    ("from_int", (0,)),
    ("from_int", (123456789012345678,)),
    ("from_int", (-9007199254740993,)),
    ("from_int", (10000000000000000,)),
    ("third", (1.0,)),
    ("third", (2.0,)),
    ("third", (1e-320,)),
    ("third", (-0.0,)),
]

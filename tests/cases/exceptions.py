# Raising: builtin exception types with and without messages, raise of a
# class without a call, assert with and without a message, exceptions
# propagating out of callees, output printed before the exception.
from pyjit import jit


@jit
def raise_value(x):
    if x < 0:
        raise ValueError("x must be non-negative")
    return x


@jit
def raise_kind(k):
    if k == 0:
        raise TypeError("bad type")
    elif k == 1:
        raise IndexError("index 3 out of range")
    elif k == 2:
        raise KeyError("missing")
    elif k == 3:
        raise RuntimeError("runtime failure")
    elif k == 4:
        raise ZeroDivisionError("custom zero")
    elif k == 5:
        raise OverflowError("too big")
    elif k == 6:
        raise NotImplementedError("later")
    elif k == 7:
        raise Exception("generic")
    elif k == 8:
        raise ArithmeticError("arith")
    elif k == 9:
        raise LookupError("lookup")
    elif k == 10:
        raise AssertionError("explicit assertion")
    return k


@jit
def raise_class(k):
    if k == 0:
        raise ValueError
    if k == 1:
        raise NotImplementedError
    if k == 2:
        raise ValueError()
    if k == 3:
        raise RuntimeError("")
    return k


@jit
def check_assert(x):
    assert x > 0
    return x


@jit
def check_assert_msg(x):
    assert x != 0, "x must not be zero"
    return 10 // x


@jit
def assert_float(x):
    assert x == x, "nan is not allowed"
    return x * 2.0


@jit
def inner(x):
    if x > 100:
        raise OverflowError("inner overflow")
    return x * 2


@jit
def outer(x):
    print("outer start")
    y = inner(x)
    print("outer after inner")
    return y + 1


@jit
def raise_in_loop(n):
    s = 0
    for i in range(n):
        print("step", i)
        if i == 2:
            raise RuntimeError("stopped at 2")
        s += i
    return s


@jit
def div_in_callee(a, b):
    return a // b


@jit
def zero_div_chain(a, b):
    return div_in_callee(a, b) + 1


@jit
def mod_zero(a, b):
    print("before")
    return a % b


@jit
def raise_after_compute(x):
    y = x * 3.5
    if y > 10.0:
        raise ValueError("y too large")
    return y


@jit
def unicode_message(x):
    if x:
        raise ValueError("caf\u00e9 \u2260 tea")
    return 0


CASES = [
    ("raise_value", (5,)),
    ("raise_value", (-1,)),
    ("raise_kind", (0,)),
    ("raise_kind", (1,)),
    ("raise_kind", (2,)),
    ("raise_kind", (3,)),
    ("raise_kind", (4,)),
    ("raise_kind", (5,)),
    ("raise_kind", (6,)),
    ("raise_kind", (7,)),
    ("raise_kind", (8,)),
    ("raise_kind", (9,)),
    ("raise_kind", (10,)),
    ("raise_kind", (11,)),
    ("raise_class", (0,)),
    ("raise_class", (1,)),
    ("raise_class", (2,)),
    ("raise_class", (3,)),
    ("raise_class", (4,)),
    ("check_assert", (1,)),
    ("check_assert", (0,)),
    ("check_assert", (-5,)),
    ("check_assert_msg", (3,)),
    ("check_assert_msg", (0,)),
    ("assert_float", (1.5,)),
    ("assert_float", (float("nan"),)),
    ("outer", (5,)),
    ("outer", (500,)),
    ("raise_in_loop", (2,)),
    ("raise_in_loop", (5,)),
    ("zero_div_chain", (7, 2)),
    ("zero_div_chain", (7, 0)),
    ("mod_zero", (7, 0)),
    ("mod_zero", (7.0, 0.0)),
    ("raise_after_compute", (2.0,)),
    ("raise_after_compute", (3.0,)),
    ("unicode_message", (True,)),
]

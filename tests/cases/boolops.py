# and / or / not: short-circuit and Python value semantics (the result is
# one of the operands), truthiness of ints, floats (nan is truthy, -0.0 is
# not), bools and None. Operands of one type, so the result type is fixed.
from pyjit import jit

NAN = float("nan")


@jit
def and_(a, b):
    return a and b


@jit
def or_(a, b):
    return a or b


@jit
def not_(a):
    return not a


@jit
def and3(a, b, c):
    return a and b and c


@jit
def or_and(a, b, c):
    return a or b and c


@jit
def noisy(tag, v):
    print("eval", tag)
    return v


@jit
def short_and(a, b):
    return noisy(1, a) and noisy(2, b)


@jit
def short_or(a, b):
    return noisy(1, a) or noisy(2, b)


@jit
def cond_logic(x, y):
    if x > 0 and y > 0:
        return 1
    if x > 0 or y > 0:
        return 2
    if not (x == 0 or y == 0):
        return 3
    return 4


@jit
def not_not(x):
    return not not x


@jit
def truthy(x):
    if x:
        return True
    return False


@jit
def guard_div(a, b):
    # b != 0 guards the division: short-circuit must skip it.
    return b != 0 and a // b > 2


CASES = [
    ("and_", (0, 5)),
    ("and_", (3, 5)),
    ("and_", (3, 0)),
    ("and_", (-1, -2)),
    ("and_", (0.0, 2.5)),
    ("and_", (-0.0, 2.5)),
    ("and_", (NAN, 2.5)),
    ("and_", (1.5, -0.0)),
    ("and_", (True, False)),
    ("and_", (False, True)),
    ("and_", (True, True)),
    ("or_", (0, 5)),
    ("or_", (3, 5)),
    ("or_", (0, 0)),
    ("or_", (0.0, -0.0)),
    ("or_", (-0.0, 0.0)),
    ("or_", (NAN, 1.0)),
    ("or_", (False, False)),
    ("or_", (False, True)),
    ("not_", (0,)),
    ("not_", (7,)),
    ("not_", (0.0,)),
    ("not_", (-0.0,)),
    ("not_", (NAN,)),
    ("not_", (True,)),
    ("not_", (None,)),
    ("and3", (1, 2, 3)),
    ("and3", (1, 0, 3)),
    ("or_and", (0, 2, 3)),
    ("or_and", (0, 0, 3)),
    ("or_and", (7, 0, 0)),
    ("short_and", (0, 1)),
    ("short_and", (2, 1)),
    ("short_or", (0, 1)),
    ("short_or", (2, 1)),
    ("short_or", (0.0, 0.0)),
    ("cond_logic", (1, 1)),
    ("cond_logic", (1, -1)),
    ("cond_logic", (-1, -1)),
    ("cond_logic", (0, -1)),
    ("not_not", (3,)),
    ("not_not", (0.0,)),
    ("truthy", (-1,)),
    ("truthy", (0,)),
    ("truthy", (NAN,)),
    ("truthy", (5e-324,)),
    ("truthy", (None,)),
    ("guard_div", (10, 0)),
    ("guard_div", (10, 3)),
    ("guard_div", (10, 5)),
]

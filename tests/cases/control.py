# Statements: assignment, tuple unpacking and swaps, augmented assignment,
# if/elif/else, conditional expressions, pass, return forms (bare, value,
# implicit None), nested ifs.
from pyjit import jit


@jit
def classify(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    elif x < 10:
        return 1
    else:
        return 2


@jit
def nested_if(a, b):
    r = 0
    if a > 0:
        if b > 0:
            r = 1
        else:
            r = 2
    else:
        if b > 0:
            r = 3
        elif b == 0:
            pass
        else:
            r = 4
    return r


@jit
def swap(a, b):
    a, b = b, a
    return a, b


@jit
def rotate3(a, b, c):
    a, b, c = b, c, a
    return a, b, c


@jit
def multi_assign(x):
    a = b = c = x * 2
    a += 1
    return a, b, c


@jit
def augmented(x):
    x += 3
    x -= 1
    x *= 4
    x //= 3
    x %= 7
    x **= 2
    return x


@jit
def augmented_float(x):
    x += 0.5
    x *= 3.0
    x /= 2.0
    x -= 1.0
    x //= 0.5
    x %= 4.0
    x **= 0.5
    return x


@jit
def ternary(x):
    return x * 2 if x > 0 else -x if x < 0 else 100


@jit
def ternary_f(x):
    return 1.0 if x > 0.0 else (-1.0 if x < 0.0 else x)


@jit
def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


@jit
def bare_return(x):
    if x > 0:
        print("positive")
        return
    print("not positive")


@jit
def implicit_none(x):
    y = x + 1


@jit
def return_none_explicit(x):
    return None


@jit
def only_pass():
    pass


@jit
def fizz(n):
    if n % 15 == 0:
        return 15
    if n % 5 == 0:
        return 5
    if n % 3 == 0:
        return 3
    return n


@jit
def reassign_same_type(x):
    y = x
    y = y * 2
    y = y - x
    z = y if y > 0 else -y
    return z


@jit
def bool_var(x):
    flag = x > 3
    if flag:
        flag = x < 10
    return flag


@jit
def fused_update(a, b):
    a, b = a + b, a - b
    a, b = b * 2, a * 2
    return a, b


@jit
def unpack_nested(a, b, c):
    (x, y), z = (a, b), c
    return x + y * z


CASES = [
    ("classify", (-5,)),
    ("classify", (0,)),
    ("classify", (9,)),
    ("classify", (10,)),
    ("classify", (-0.5,)),
    ("classify", (float("nan"),)),
    ("nested_if", (1, 1)),
    ("nested_if", (1, -1)),
    ("nested_if", (-1, 1)),
    ("nested_if", (-1, 0)),
    ("nested_if", (-1, -1)),
    ("swap", (1, 2)),
    ("swap", (1.5, -0.0)),
    ("rotate3", (1, 2, 3)),
    ("multi_assign", (5,)),
    ("augmented", (5,)),
    ("augmented", (-5,)),
    ("augmented_float", (2.0,)),
    ("augmented_float", (-7.25,)),
    ("ternary", (4,)),
    ("ternary", (-4,)),
    ("ternary", (0,)),
    ("ternary_f", (2.5,)),
    ("ternary_f", (-2.5,)),
    ("ternary_f", (-0.0,)),
    ("clamp", (5, 0, 10)),
    ("clamp", (-5, 0, 10)),
    ("clamp", (15, 0, 10)),
    ("clamp", (0.5, 0.0, 1.0)),
    ("bare_return", (1,)),
    ("bare_return", (0,)),
    ("implicit_none", (1,)),
    ("return_none_explicit", (2.5,)),
    ("only_pass", ()),
    ("fizz", (30,)),
    ("fizz", (10,)),
    ("fizz", (9,)),
    ("fizz", (7,)),
    ("fizz", (0,)),
    ("fizz", (-9,)),
    ("reassign_same_type", (3,)),
    ("reassign_same_type", (-3,)),
    ("bool_var", (2,)),
    ("bool_var", (5,)),
    ("bool_var", (12,)),
    ("fused_update", (5, 3)),
    ("unpack_nested", (1, 2, 3)),
]

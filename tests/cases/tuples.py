# Tuples: build, index by constant (incl. negative), unpack, return, nested,
# heterogeneous, tuple arguments, len, passing tuples between functions.
from pyjit import jit


@jit
def make_pair(a, b):
    return (a, b)


@jit
def make_single(a):
    return (a,)


@jit
def make_empty():
    return ()


@jit
def hetero(i, x, b):
    return i, x, b, None


@jit
def nested(a, b):
    return ((a, b), (b, a), a)


@jit
def index_const(t):
    return t[0], t[1], t[-1], t[-2]


@jit
def index_nested(t):
    return t[1][0], t[-1][-1], t[0]


@jit
def unpack3(t):
    a, b, c = t
    return c, b, a


@jit
def unpack_nested(t):
    (a, b), c = t
    return a * c + b


@jit
def tuple_len(t):
    return len(t)


@jit
def len_literal(a):
    return len((a, a, a, a, a))


@jit
def minmax(a, b):
    if a < b:
        return a, b
    return b, a


@jit
def use_minmax(a, b):
    lo, hi = minmax(a, b)
    return hi - lo


@jit
def polar(x, y):
    return (x * x + y * y) ** 0.5, x / y if y != 0.0 else 0.0


@jit
def stats(t):
    a, b, c, d = t
    total = a + b + c + d
    return total, total / 4, min(a, b, c, d), max(a, b, c, d)


@jit
def tuple_var_reassign(n):
    p = (0, 1)
    for _ in range(n):
        p = (p[1], p[0] + p[1])
    return p


@jit
def tuple_truth(t):
    if t:
        return 1
    return 0


@jit
def swap_in_tuple(t):
    a, b = t
    return b, a


@jit
def deep(x):
    return (((x,),),)


CASES = [
    ("make_pair", (1, 2)),
    ("make_pair", (1.5, -0.0)),
    ("make_pair", (True, None)),
    ("make_single", (3,)),
    ("make_single", (float("inf"),)),
    ("make_empty", ()),
    ("hetero", (1, 2.5, True)),
    ("nested", (1, 2)),
    ("nested", (0.5, 1e16)),
    ("index_const", ((1, 2, 3, 4),)),
    ("index_const", ((1.5, True, 3, -0.0),)),
    ("index_nested", (((1, 2), (3, 4), (5, 6)),)),
    ("unpack3", ((1, 2.5, False),)),
    ("unpack_nested", (((2, 3), 4),)),
    ("tuple_len", ((),)),
    ("tuple_len", ((1,),)),
    ("tuple_len", ((1, 2.0, (3, 4)),)),
    ("len_literal", (0,)),
    ("minmax", (5, 3)),
    ("minmax", (3, 5)),
    ("use_minmax", (10, -4)),
    ("use_minmax", (2.5, 7.25)),
    ("polar", (3.0, 4.0)),
    ("polar", (1.0, 0.0)),
    ("stats", ((4, 1, 3, 2),)),
    ("stats", ((0.5, -1.5, 2.5, 1e-05),)),
    ("tuple_var_reassign", (10,)),
    ("tuple_var_reassign", (90,)),
    ("tuple_truth", ((),)),
    ("tuple_truth", ((0,),)),
    ("swap_in_tuple", ((1, 2.5),)),
    ("deep", (7,)),
]

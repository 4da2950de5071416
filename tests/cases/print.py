# print(): numbers, bools, None, tuples and string literals with CPython's
# formatting; sep= and end=; output before the returned value's repr.
from pyjit import jit

INF = float("inf")
NAN = float("nan")


@jit
def p_int(x):
    print(x)


@jit
def p_float(x):
    print(x)
    return x


@jit
def p_many(i, x, b):
    print(i, x, b)
    print("i =", i, "x =", x)
    print(b, None)


@jit
def p_sep_end(a, b):
    print(a, b, sep=", ")
    print(a, b, sep="")
    print(a, end="")
    print(b, end="|\n")
    print("x", "y", "z", sep="-", end="!\n")
    return a + b


@jit
def p_no_newline(x):
    print("value:", end=" ")
    return x


@jit
def p_empty():
    print()
    print("")
    print(end="")
    print("end")


@jit
def p_tuple(t):
    print(t)
    print(t, t)


@jit
def p_built_tuple(a, b):
    print((a, b))
    print((a,))
    print(((a, b), (b, None)))
    print(())


@jit
def p_loop(n):
    for i in range(n):
        print(i, i * i, i / 2)


@jit
def p_escapes():
    print("tab\there", "quote\"s", 'single\'s')
    print("back\\slash")
    print("two\nlines")


@jit
def p_expressions(x):
    print(x * 2, -x, x > 0, not x)


@jit
def p_bool(b):
    print(b)
    print(not b, b and True)


@jit
def p_float_forms():
    print(1e16, 1e15, 1e-05, 0.0001, 1.5e300, -0.0)
    print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 123456789.0)
    print(5e-324, 1.7976931348623157e308, 2.5e-320)


CASES = [
    ("p_int", (0,)),
    ("p_int", (-9223372036854775807 - 1,)),
    ("p_int", (True,)),
    ("p_float", (1.0,)),
    ("p_float", (-0.0,)),
    ("p_float", (INF,)),
    ("p_float", (-INF,)),
    ("p_float", (NAN,)),
    ("p_float", (1e16,)),
    ("p_float", (1e-05,)),
    ("p_float", (0.1,)),
    ("p_float", (5e-324,)),
    ("p_float", (123456789012345678.0,)),
    ("p_many", (1, 2.5, True)),
    ("p_many", (-7, -0.0, False)),
    ("p_sep_end", (1, 2)),
    ("p_sep_end", (0.5, 0.25)),
    ("p_no_newline", (42,)),
    ("p_empty", ()),
    ("p_tuple", ((1, 2),)),
    ("p_tuple", ((1.5,),)),
    ("p_tuple", (((1, 2.0), True, None),)),
    ("p_tuple", ((),)),
    ("p_built_tuple", (1, 2.5)),
    ("p_loop", (4,)),
    ("p_loop", (0,)),
    ("p_escapes", ()),
    ("p_expressions", (3,)),
    ("p_expressions", (0.0,)),
    ("p_bool", (True,)),
    ("p_bool", (False,)),
    ("p_float_forms", ()),
]

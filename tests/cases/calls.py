# Calls: jitted callees specialised per argument type, undecorated top-level
# helpers, default arguments, keyword arguments, callee returning tuples,
# None-returning callees, calls in expressions and loops.
from pyjit import jit


def plain_helper(x):
    # not decorated: pyjit compiles it because jitted code calls it
    return x * x + 1


@jit
def use_plain(x):
    return plain_helper(x) + plain_helper(x + 1)


@jit
def square(x):
    return x * x


@jit
def use_square_both(i, x):
    return square(i), square(x)


@jit
def with_defaults(a, b=10, c=0.5):
    return a + b * c


@jit
def call_defaults(a):
    return with_defaults(a), with_defaults(a, 2), with_defaults(a, 2, 4.0)


@jit
def call_keywords(a):
    return with_defaults(a, c=2.0), with_defaults(c=1.5, a=a), with_defaults(a, c=0.0, b=3)


@jit
def default_flag(x, negate=False):
    return -x if negate else x


@jit
def call_flag(x):
    return default_flag(x), default_flag(x, True), default_flag(x, negate=True)


@jit
def divmod_fn(a, b):
    return a // b, a % b


@jit
def use_divmod(a, b):
    q, r = divmod_fn(a, b)
    return q * 100 + r


@jit
def log_value(x):
    print("log:", x)


@jit
def call_none_fn(x):
    log_value(x)
    log_value(x * 2)
    return x


@jit
def nested_calls(x):
    return square(square(square(x)))


@jit
def call_in_loop(n):
    s = 0
    for i in range(n):
        s += square(i) - plain_helper(i)
    return s


@jit
def add3(a, b, c):
    return a + b + c


@jit
def positional_and_keyword(x):
    return add3(x, c=3, b=2)


@jit
def call_arg_default_expr(x, scale=2 * 3):
    return x * scale


@jit
def call_default_expr(x):
    return call_arg_default_expr(x), call_arg_default_expr(x, 1)


def plain_calls_plain(x):
    return plain_helper(x) * 2


@jit
def via_plain_chain(x):
    return plain_calls_plain(x)


@jit
def early_exit(x):
    if x > 5:
        return square(x)
    return -square(x)


@jit
def tuple_param(p):
    x, y = p
    return x * y


@jit
def pass_tuple(a, b):
    return tuple_param((a, b)) + tuple_param((b, b))


CASES = [
    ("use_plain", (3,)),
    ("use_plain", (-2.5,)),
    ("use_square_both", (3, 1.5)),
    ("square", (-7,)),
    ("square", (0.1,)),
    ("with_defaults", (1,)),
    ("with_defaults", (1, 4)),
    ("with_defaults", (1, 4, 0.25)),
    ("call_defaults", (1,)),
    ("call_defaults", (-3,)),
    ("call_keywords", (2,)),
    ("call_flag", (5,)),
    ("call_flag", (-2.5,)),
    ("use_divmod", (17, 5)),
    ("use_divmod", (-17, 5)),
    ("call_none_fn", (3,)),
    ("call_none_fn", (1.5,)),
    ("nested_calls", (2,)),
    ("nested_calls", (1.1,)),
    ("call_in_loop", (10,)),
    ("positional_and_keyword", (1,)),
    ("call_default_expr", (7,)),
    ("via_plain_chain", (4,)),
    ("early_exit", (6,)),
    ("early_exit", (2,)),
    ("pass_tuple", (3, 4)),
    ("pass_tuple", (0.5, 2.0)),
]

# Loops: for over range with 1-3 arguments (negative steps, empty ranges,
# bounds near the int64 extremes), while, break/continue, else on loops,
# nested loops, the loop variable after the loop, iterating over tuples.
from pyjit import jit

INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1


@jit
def sum_range1(n):
    s = 0
    for i in range(n):
        s += i
    return s


@jit
def sum_range2(a, b):
    s = 0
    for i in range(a, b):
        s += i
    return s


@jit
def list_range3(a, b, c):
    count = 0
    first = 0
    last = 0
    for i in range(a, b, c):
        if count == 0:
            first = i
        last = i
        count += 1
    return count, first, last


@jit
def print_range(a, b, c):
    for i in range(a, b, c):
        print(i, end=" ")
    print()


@jit
def last_loop_var(n):
    for i in range(n):
        pass
    return i


@jit
def find_first_div(n, d):
    for i in range(1, n):
        if i % d == 0:
            break
    else:
        return -1
    return i


@jit
def skip_odd(n):
    s = 0
    for i in range(n):
        if i % 2:
            continue
        s += i
    return s


@jit
def while_count(n):
    k = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        k += 1
    return k


@jit
def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        print("no break")
        i = -i
    return i


@jit
def while_true_break(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            break
    return i


@jit
def nested_break(n):
    total = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            total += i * j
        else:
            total += 1000
    return total


@jit
def for_else_nested(n):
    found = 0
    for i in range(2, n):
        for j in range(2, i):
            if i % j == 0:
                break
        else:
            found += 1
    return found


@jit
def loop_over_tuple(a, b, c):
    s = 0
    for v in (a, b, c):
        s = s * 10 + v
    return s


@jit
def loop_over_tuple_arg(t):
    s = 0.0
    for v in t:
        s += v
    return s


@jit
def range_var_reuse(n):
    # range is evaluated once: changing n in the body does not change it.
    count = 0
    for i in range(n):
        n = 0
        count += 1
    return count, n


@jit
def loop_modify_var(n):
    # assigning to the loop variable does not affect the iteration.
    s = 0
    for i in range(n):
        s += i
        i = 100
    return s


@jit
def float_loop(n):
    x = 1.0
    for _ in range(n):
        x = x / 2.0
    return x


@jit
def zero_step(n):
    s = 0
    for i in range(0, n, 0):
        s += i
    return s


@jit
def countdown_while(n):
    out = 0
    while n:
        n -= 1
        if n == 3:
            continue
        out += n
    return out


CASES = [
    ("sum_range1", (10,)),
    ("sum_range1", (0,)),
    ("sum_range1", (-5,)),
    ("sum_range1", (100000,)),
    ("sum_range2", (3, 8)),
    ("sum_range2", (8, 3)),
    ("sum_range2", (-5, 5)),
    ("sum_range2", (5, 5)),
    ("list_range3", (0, 10, 3)),
    ("list_range3", (10, 0, -3)),
    ("list_range3", (10, 0, 3)),
    ("list_range3", (0, 10, -1)),
    ("list_range3", (-1, -10, -4)),
    ("list_range3", (0, 1, 100)),
    ("list_range3", (INT64_MAX - 3, INT64_MAX, 1)),
    ("list_range3", (INT64_MAX - 10, INT64_MAX, 4)),
    ("list_range3", (INT64_MIN + 3, INT64_MIN, -1)),
    ("list_range3", (INT64_MIN + 10, INT64_MIN, -4)),
    ("list_range3", (INT64_MIN, INT64_MIN + 2, INT64_MAX)),
    ("list_range3", (0, 5, INT64_MIN)),
    ("list_range3", (5, 0, INT64_MIN)),
    ("print_range", (0, 10, 2)),
    ("print_range", (5, -5, -3)),
    ("print_range", (0, 0, 1)),
    ("last_loop_var", (5,)),
    ("find_first_div", (10, 4)),
    ("find_first_div", (10, 11)),
    ("find_first_div", (1, 1)),
    ("skip_odd", (10,)),
    ("while_count", (27,)),
    ("while_count", (1,)),
    ("while_count", (0,)),
    ("while_else", (5,)),
    ("while_else", (10,)),
    ("while_else", (0,)),
    ("while_true_break", (50,)),
    ("nested_break", (6,)),
    ("nested_break", (0,)),
    ("for_else_nested", (30,)),
    ("loop_over_tuple", (1, 2, 3)),
    ("loop_over_tuple_arg", ((1.5, 2.5, -0.5),)),
    ("range_var_reuse", (4,)),
    ("loop_modify_var", (5,)),
    ("float_loop", (1074,)),
    ("float_loop", (1075,)),
    ("zero_step", (5,)),
    ("countdown_while", (6,)),
]

from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def sum_range2(a, b):
    s = 0
    for i in range(a, b):
        s += i
    return s

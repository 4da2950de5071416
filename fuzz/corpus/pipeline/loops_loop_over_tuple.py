from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def loop_over_tuple(a, b, c):
    s = 0
    for v in (a, b, c):
        s = s * 10 + v
    return s

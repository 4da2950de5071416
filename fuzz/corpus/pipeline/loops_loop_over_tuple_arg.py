from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def loop_over_tuple_arg(t):
    s = 0.0
    for v in t:
        s += v
    return s

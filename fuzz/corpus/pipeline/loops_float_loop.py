from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def float_loop(n):
    x = 1.0
    for _ in range(n):
        x = x / 2.0
    return x

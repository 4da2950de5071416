from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def zero_step(n):
    s = 0
    for i in range(0, n, 0):
        s += i
    return s

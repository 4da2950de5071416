from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def skip_odd(n):
    s = 0
    for i in range(n):
        if i % 2:
            continue
        s += i
    return s

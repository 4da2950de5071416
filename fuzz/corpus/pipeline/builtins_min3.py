from pyjit import jit
INF = float("inf")
NAN = float("nan")
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def min3(a, b, c):
    return min(a, b, c)

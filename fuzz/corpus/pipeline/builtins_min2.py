from pyjit import jit
INF = float("inf")
NAN = float("nan")
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def min2(a, b):
    return min(a, b)

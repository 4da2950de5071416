from pyjit import jit
INF = float("inf")
NAN = float("nan")
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def to_bool(x):
    return bool(x)

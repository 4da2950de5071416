from pyjit import jit
INF = float("inf")
NAN = float("nan")
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def conversions(i):
    return float(i) / 2, int(float(i) / 2), bool(i - i)

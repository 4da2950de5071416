from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def all_cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b

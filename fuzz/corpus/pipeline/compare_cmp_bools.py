from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def cmp_bools(a, b):
    return a < b, a == b, a > b

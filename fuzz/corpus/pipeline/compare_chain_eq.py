from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def chain_eq(a, b, c, d):
    return a == b == c == d

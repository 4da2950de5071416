from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def chain(a, b, c):
    return a < b < c

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def promote(i, x):
    return i / x, i // x, i % x, x ** i

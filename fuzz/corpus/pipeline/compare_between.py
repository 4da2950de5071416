from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def between(x):
    return 0.0 <= x < 1.0

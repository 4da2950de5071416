from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def fsub(a, b):
    return a - b

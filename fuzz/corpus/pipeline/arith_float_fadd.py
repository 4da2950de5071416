from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def fadd(a, b):
    return a + b

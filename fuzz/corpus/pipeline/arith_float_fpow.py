from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def fpow(a, b):
    return a ** b

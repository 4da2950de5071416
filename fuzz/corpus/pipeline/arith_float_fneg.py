from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def fneg(a):
    return -a

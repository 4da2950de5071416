from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def accumulate(n):
    s = 0.0
    for i in range(n):
        s += 0.1
    return s

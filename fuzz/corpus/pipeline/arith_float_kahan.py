from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def kahan(n):
    s = 0.0
    c = 0.0
    for i in range(1, n + 1):
        y = 1.0 / i - c
        t = s + y
        c = (t - s) - y
        s = t
    return s

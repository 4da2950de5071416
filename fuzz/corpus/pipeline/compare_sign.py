from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    elif x == 0:
        return 0
    return 99

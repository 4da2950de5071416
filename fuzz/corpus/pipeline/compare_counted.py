from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def counted(x):
    print("evaluated", x)
    return x

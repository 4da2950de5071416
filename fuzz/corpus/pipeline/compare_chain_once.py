from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def counted(x):
    print("evaluated", x)
    return x

@jit
def chain_once(a, b, c):
    # counted(b) runs once; counted(c) only if a < b.
    return a < counted(b) < counted(c)

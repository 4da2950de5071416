from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_tuple(t):
    print(t)
    print(t, t)

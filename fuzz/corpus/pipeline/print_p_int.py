from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_int(x):
    print(x)

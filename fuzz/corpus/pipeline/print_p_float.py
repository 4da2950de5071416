from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_float(x):
    print(x)
    return x

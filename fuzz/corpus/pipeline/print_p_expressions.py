from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_expressions(x):
    print(x * 2, -x, x > 0, not x)

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_no_newline(x):
    print("value:", end=" ")
    return x

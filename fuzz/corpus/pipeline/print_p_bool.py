from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_bool(b):
    print(b)
    print(not b, b and True)

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_many(i, x, b):
    print(i, x, b)
    print("i =", i, "x =", x)
    print(b, None)

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_loop(n):
    for i in range(n):
        print(i, i * i, i / 2)

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_built_tuple(a, b):
    print((a, b))
    print((a,))
    print(((a, b), (b, None)))
    print(())

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_empty():
    print()
    print("")
    print(end="")
    print("end")

from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_sep_end(a, b):
    print(a, b, sep=", ")
    print(a, b, sep="")
    print(a, end="")
    print(b, end="|\n")
    print("x", "y", "z", sep="-", end="!\n")
    return a + b

from pyjit import jit
NAN = float("nan")

@jit
def and3(a, b, c):
    return a and b and c

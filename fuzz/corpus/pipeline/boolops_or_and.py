from pyjit import jit
NAN = float("nan")

@jit
def or_and(a, b, c):
    return a or b and c

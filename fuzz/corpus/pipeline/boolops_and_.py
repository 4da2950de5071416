from pyjit import jit
NAN = float("nan")

@jit
def and_(a, b):
    return a and b

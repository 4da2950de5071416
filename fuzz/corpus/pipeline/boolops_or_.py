from pyjit import jit
NAN = float("nan")

@jit
def or_(a, b):
    return a or b

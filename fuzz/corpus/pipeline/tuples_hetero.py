from pyjit import jit

@jit
def hetero(i, x, b):
    return i, x, b, None

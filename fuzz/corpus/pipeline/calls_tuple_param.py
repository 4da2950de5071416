from pyjit import jit

@jit
def tuple_param(p):
    x, y = p
    return x * y

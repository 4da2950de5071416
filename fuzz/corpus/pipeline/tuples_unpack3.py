from pyjit import jit

@jit
def unpack3(t):
    a, b, c = t
    return c, b, a

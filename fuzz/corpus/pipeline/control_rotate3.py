from pyjit import jit

@jit
def rotate3(a, b, c):
    a, b, c = b, c, a
    return a, b, c

from pyjit import jit

@jit
def unpack_nested(a, b, c):
    (x, y), z = (a, b), c
    return x + y * z

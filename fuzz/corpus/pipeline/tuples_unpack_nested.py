from pyjit import jit

@jit
def unpack_nested(t):
    (a, b), c = t
    return a * c + b

from pyjit import jit

@jit
def nested(a, b):
    return ((a, b), (b, a), a)

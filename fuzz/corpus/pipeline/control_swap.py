from pyjit import jit

@jit
def swap(a, b):
    a, b = b, a
    return a, b

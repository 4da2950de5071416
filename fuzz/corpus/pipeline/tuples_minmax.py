from pyjit import jit

@jit
def minmax(a, b):
    if a < b:
        return a, b
    return b, a

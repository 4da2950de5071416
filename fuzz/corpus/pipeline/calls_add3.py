from pyjit import jit

@jit
def add3(a, b, c):
    return a + b + c

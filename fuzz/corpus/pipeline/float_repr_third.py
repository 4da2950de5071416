from pyjit import jit

@jit
def third(x):
    return x / 3.0

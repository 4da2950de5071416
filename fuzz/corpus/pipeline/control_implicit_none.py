from pyjit import jit

@jit
def implicit_none(x):
    y = x + 1

from pyjit import jit

@jit
def ident(x):
    return x

from pyjit import jit

@jit
def scaled(x, k):
    return x * 10.0 ** k

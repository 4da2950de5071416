from pyjit import jit

@jit
def make_pair(a, b):
    return (a, b)

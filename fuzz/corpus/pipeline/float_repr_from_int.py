from pyjit import jit

@jit
def from_int(i):
    return i * 1.0

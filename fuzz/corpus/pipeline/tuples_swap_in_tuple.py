from pyjit import jit

@jit
def swap_in_tuple(t):
    a, b = t
    return b, a

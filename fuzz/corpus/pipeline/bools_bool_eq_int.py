from pyjit import jit

@jit
def bool_eq_int(b, i):
    return b == i, b < i, b is True

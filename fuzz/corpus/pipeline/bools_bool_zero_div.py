from pyjit import jit

@jit
def bool_zero_div(a, b):
    return a // b

from pyjit import jit

@jit
def bool_bits(a, b):
    return a & b, a | b, a ^ b

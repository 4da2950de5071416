from pyjit import jit

@jit
def bool_arith(a, b):
    return a + b, a - b, a * b, -a, +b, ~a

from pyjit import jit

@jit
def len_literal(a):
    return len((a, a, a, a, a))

from pyjit import jit

@jit
def bool_in_ternary(flag):
    return 1.5 if flag else -1.5

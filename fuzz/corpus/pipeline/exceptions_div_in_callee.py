from pyjit import jit

@jit
def div_in_callee(a, b):
    return a // b

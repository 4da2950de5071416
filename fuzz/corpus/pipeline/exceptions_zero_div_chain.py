from pyjit import jit

@jit
def div_in_callee(a, b):
    return a // b

@jit
def zero_div_chain(a, b):
    return div_in_callee(a, b) + 1

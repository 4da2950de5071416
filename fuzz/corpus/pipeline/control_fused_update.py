from pyjit import jit

@jit
def fused_update(a, b):
    a, b = a + b, a - b
    a, b = b * 2, a * 2
    return a, b

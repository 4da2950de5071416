from pyjit import jit

@jit
def multi_assign(x):
    a = b = c = x * 2
    a += 1
    return a, b, c

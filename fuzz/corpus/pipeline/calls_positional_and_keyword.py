from pyjit import jit

@jit
def add3(a, b, c):
    return a + b + c

@jit
def positional_and_keyword(x):
    return add3(x, c=3, b=2)

from pyjit import jit

@jit
def ternary(x):
    return x * 2 if x > 0 else -x if x < 0 else 100

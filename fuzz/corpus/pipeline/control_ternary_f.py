from pyjit import jit

@jit
def ternary_f(x):
    return 1.0 if x > 0.0 else (-1.0 if x < 0.0 else x)

from pyjit import jit

@jit
def raise_value(x):
    if x < 0:
        raise ValueError("x must be non-negative")
    return x

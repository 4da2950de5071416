from pyjit import jit

@jit
def polar(x, y):
    return (x * x + y * y) ** 0.5, x / y if y != 0.0 else 0.0

from pyjit import jit

@jit
def square(x):
    return x * x

@jit
def use_square_both(i, x):
    return square(i), square(x)

from pyjit import jit

@jit
def square(x):
    return x * x

from pyjit import jit

@jit
def square(x):
    return x * x

@jit
def early_exit(x):
    if x > 5:
        return square(x)
    return -square(x)

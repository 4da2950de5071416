from pyjit import jit

@jit
def count_true(a, b, c):
    return (a < b) + (b < c) + (a < c)

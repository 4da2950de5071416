from pyjit import jit

@jit
def count_positive(x, y, z):
    n = 0
    n += x > 0
    n += y > 0
    n += z > 0
    return n

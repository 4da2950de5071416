from pyjit import jit

@jit
def stats(t):
    a, b, c, d = t
    total = a + b + c + d
    return total, total / 4, min(a, b, c, d), max(a, b, c, d)

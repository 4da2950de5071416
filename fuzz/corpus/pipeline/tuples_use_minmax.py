from pyjit import jit

@jit
def minmax(a, b):
    if a < b:
        return a, b
    return b, a

@jit
def use_minmax(a, b):
    lo, hi = minmax(a, b)
    return hi - lo

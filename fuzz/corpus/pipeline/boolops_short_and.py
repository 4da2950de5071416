from pyjit import jit
NAN = float("nan")

@jit
def noisy(tag, v):
    print("eval", tag)
    return v

@jit
def short_and(a, b):
    return noisy(1, a) and noisy(2, b)

from pyjit import jit
NAN = float("nan")

@jit
def noisy(tag, v):
    print("eval", tag)
    return v

@jit
def short_or(a, b):
    return noisy(1, a) or noisy(2, b)

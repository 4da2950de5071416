from pyjit import jit
NAN = float("nan")

@jit
def noisy(tag, v):
    print("eval", tag)
    return v

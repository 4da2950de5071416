from pyjit import jit

@jit
def inner(x):
    if x > 100:
        raise OverflowError("inner overflow")
    return x * 2

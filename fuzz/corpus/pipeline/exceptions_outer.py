from pyjit import jit

@jit
def inner(x):
    if x > 100:
        raise OverflowError("inner overflow")
    return x * 2

@jit
def outer(x):
    print("outer start")
    y = inner(x)
    print("outer after inner")
    return y + 1

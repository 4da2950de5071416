from pyjit import jit

@jit
def countdown_raise(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return countdown_raise(n - 1)

from pyjit import jit

@jit
def divmod_fn(a, b):
    return a // b, a % b

from pyjit import jit

@jit
def return_none_explicit(x):
    return None

from pyjit import jit

@jit
def consts():
    return True, False, None

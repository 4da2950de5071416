from pyjit import jit

@jit
def default_flag(x, negate=False):
    return -x if negate else x

from pyjit import jit

@jit
def default_flag(x, negate=False):
    return -x if negate else x

@jit
def call_flag(x):
    return default_flag(x), default_flag(x, True), default_flag(x, negate=True)

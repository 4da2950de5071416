from pyjit import jit

@jit
def bool_to_float(flag, x):
    return flag * x

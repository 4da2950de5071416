from pyjit import jit
NAN = float("nan")

@jit
def not_not(x):
    return not not x

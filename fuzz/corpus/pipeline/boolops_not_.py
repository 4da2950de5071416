from pyjit import jit
NAN = float("nan")

@jit
def not_(a):
    return not a

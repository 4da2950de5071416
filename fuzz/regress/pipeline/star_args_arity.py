from pyjit import jit


@jit
def f(*args):
    return 0

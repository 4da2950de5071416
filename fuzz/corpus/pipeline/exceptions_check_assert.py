from pyjit import jit

@jit
def check_assert(x):
    assert x > 0
    return x

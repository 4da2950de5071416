from pyjit import jit

@jit
def make_single(a):
    return (a,)

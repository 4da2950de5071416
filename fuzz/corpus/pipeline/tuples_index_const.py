from pyjit import jit

@jit
def index_const(t):
    return t[0], t[1], t[-1], t[-2]

from pyjit import jit

@jit
def index_nested(t):
    return t[1][0], t[-1][-1], t[0]

from pyjit import jit

@jit
def tuple_len(t):
    return len(t)

from pyjit import jit

@jit
def make_empty():
    return ()

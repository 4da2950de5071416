from pyjit import jit

@jit
def only_pass():
    pass

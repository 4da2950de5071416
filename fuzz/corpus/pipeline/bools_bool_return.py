from pyjit import jit

@jit
def bool_return(x):
    return x > 0 and x < 10

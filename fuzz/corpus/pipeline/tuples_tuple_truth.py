from pyjit import jit

@jit
def tuple_truth(t):
    if t:
        return 1
    return 0

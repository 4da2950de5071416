from pyjit import jit

@jit
def reassign_same_type(x):
    y = x
    y = y * 2
    y = y - x
    z = y if y > 0 else -y
    return z

from pyjit import jit

def plain_helper(x):
    # not decorated: pyjit compiles it because jitted code calls it
    return x * x + 1

@jit
def use_plain(x):
    return plain_helper(x) + plain_helper(x + 1)

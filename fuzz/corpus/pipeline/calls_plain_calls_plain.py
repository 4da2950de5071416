from pyjit import jit

def plain_helper(x):
    # not decorated: pyjit compiles it because jitted code calls it
    return x * x + 1

def plain_calls_plain(x):
    return plain_helper(x) * 2

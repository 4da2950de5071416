import pyjit
from pyjit import jit, njit

@jit
def plain(x):
    return x + 1

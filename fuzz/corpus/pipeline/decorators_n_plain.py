import pyjit
from pyjit import jit, njit

@njit
def n_plain(x):
    return x - 1

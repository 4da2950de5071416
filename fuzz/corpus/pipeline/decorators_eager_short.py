import pyjit
from pyjit import jit, njit

@jit("f8(f8)")
def eager_short(x):
    return x / 3.0

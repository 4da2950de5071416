import pyjit
from pyjit import jit, njit

@pyjit.jit
def dotted(x):
    return x - 10

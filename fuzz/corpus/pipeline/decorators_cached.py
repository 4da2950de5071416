import pyjit
from pyjit import jit, njit

@jit(cache=True)
def cached(x):
    return x * 3

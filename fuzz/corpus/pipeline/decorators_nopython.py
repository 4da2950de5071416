import pyjit
from pyjit import jit, njit

@jit(nopython=True)
def nopython(x):
    return x * 2

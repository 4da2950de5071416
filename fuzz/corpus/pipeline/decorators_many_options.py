import pyjit
from pyjit import jit, njit

@njit(cache=True, fastmath=False, nogil=True)
def many_options(x):
    return x * 4

import pyjit
from pyjit import jit, njit

@jit
def plain(x):
    return x + 1

@njit
def n_plain(x):
    return x - 1

@jit(nopython=True)
def nopython(x):
    return x * 2

@jit(cache=True)
def cached(x):
    return x * 3

@njit(cache=True, fastmath=False, nogil=True)
def many_options(x):
    return x * 4

@pyjit.jit
def dotted(x):
    return x - 10

@jit
def calls_all(x):
    return plain(x) + n_plain(x) + nopython(x) + cached(x) + many_options(x) + dotted(x)

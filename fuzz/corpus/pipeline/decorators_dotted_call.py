import pyjit
from pyjit import jit, njit

@pyjit.jit(nopython=True)
def dotted_call(x):
    return -x

import pyjit
from pyjit import jit, njit

@jit("int64(int64)")
def eager_int(x):
    return x * x - 1

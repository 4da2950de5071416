import pyjit
from pyjit import jit, njit

@jit(["int64(int64)", "float64(float64)"])
def eager_list(x):
    return x + x

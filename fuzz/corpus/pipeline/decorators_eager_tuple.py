import pyjit
from pyjit import jit, njit

@jit("(int64, float64)(float64)")
def eager_tuple(x):
    return 1, x

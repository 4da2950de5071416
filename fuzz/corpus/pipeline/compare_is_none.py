from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def is_none(x):
    return x is None, x is not None

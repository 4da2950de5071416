from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def int_pow_float(i, x):
    return i ** x

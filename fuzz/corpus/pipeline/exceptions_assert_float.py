from pyjit import jit

@jit
def assert_float(x):
    assert x == x, "nan is not allowed"
    return x * 2.0

from pyjit import jit

@jit
def tuple_param(p):
    x, y = p
    return x * y

@jit
def pass_tuple(a, b):
    return tuple_param((a, b)) + tuple_param((b, b))

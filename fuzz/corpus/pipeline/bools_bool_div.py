from pyjit import jit

@jit
def bool_div(a, b):
    return a / 2, a // 1, a % 2, a ** 2

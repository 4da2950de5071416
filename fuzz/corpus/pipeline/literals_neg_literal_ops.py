from pyjit import jit

@jit
def neg_literal_ops(x):
    return x - -1, x * -2, -x ** 2, (-x) ** 2

from pyjit import jit

@jit
def call_arg_default_expr(x, scale=2 * 3):
    return x * scale

@jit
def call_default_expr(x):
    return call_arg_default_expr(x), call_arg_default_expr(x, 1)

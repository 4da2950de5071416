from pyjit import jit

@jit
def call_arg_default_expr(x, scale=2 * 3):
    return x * scale

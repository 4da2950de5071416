from pyjit import jit

@jit
def divmod_fn(a, b):
    return a // b, a % b

@jit
def use_divmod(a, b):
    q, r = divmod_fn(a, b)
    return q * 100 + r

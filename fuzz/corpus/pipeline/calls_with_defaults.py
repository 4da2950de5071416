from pyjit import jit

@jit
def with_defaults(a, b=10, c=0.5):
    return a + b * c

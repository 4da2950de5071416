from pyjit import jit

@jit
def with_defaults(a, b=10, c=0.5):
    return a + b * c

@jit
def call_defaults(a):
    return with_defaults(a), with_defaults(a, 2), with_defaults(a, 2, 4.0)

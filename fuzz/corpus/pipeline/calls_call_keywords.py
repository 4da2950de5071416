from pyjit import jit

@jit
def with_defaults(a, b=10, c=0.5):
    return a + b * c

@jit
def call_keywords(a):
    return with_defaults(a, c=2.0), with_defaults(c=1.5, a=a), with_defaults(a, c=0.0, b=3)

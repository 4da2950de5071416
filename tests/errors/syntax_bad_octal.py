# rejects: an invalid digit in an octal literal
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return 0o8

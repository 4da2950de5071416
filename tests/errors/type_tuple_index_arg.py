# rejects: a constant index past the end of a tuple argument
# call: f (1.0,2.0)
# error-at: 12:12
# construct: Subscript
# error: tuple index out of range
# cpython-raises: IndexError
from pyjit import jit


@jit
def f(t):
    return t[2]

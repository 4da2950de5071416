# rejects: a negative constant tuple index past the start
# call: f 3
# error-at: 13:12
# construct: Subscript
# error: tuple index out of range
# cpython-raises: IndexError
from pyjit import jit


@jit
def f(n):
    t = (n, 2.5)
    return t[-3]

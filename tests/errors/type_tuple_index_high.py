# rejects: a constant tuple index past the end
# call: f 3
# error-at: 13:12
# construct: Subscript
# error: tuple index out of range
# cpython-raises: IndexError
from pyjit import jit


@jit
def f(n):
    t = (n, 2 * n, 3 * n)
    return t[3]

# rejects: indexing a string
# call: f 3
# error-at: 12:9
# construct: Subscript
# error: string operations
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    c = 'abc'[n - 3]
    return n

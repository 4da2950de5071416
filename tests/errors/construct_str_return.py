# rejects: returning a string
# call: f 3
# error-at: 12:12
# construct: Constant
# error: string operations
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    return 'abc'

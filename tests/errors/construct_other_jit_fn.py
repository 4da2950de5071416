# rejects: an unsupported construct in a @jit function is reported when that
# function is compiled (lazily, like Numba: `ok` in this file still runs)
# call: broken 3
# error-at: 18:9
# construct: Lambda
# error: lambda
# error: are not supported in @jit functions
from pyjit import jit


@jit
def ok(n):
    return n + 1


@jit
def broken(n):
    g = lambda: n
    return n

# rejects: an unsupported construct in another @jit function fails the load
# call: ok 3
# error-at: 17:9
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

# rejects: a def inside a @jit function (closures)
# call: f 3
# error-at: 11:5
# construct: FunctionDef
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    def inner(x):
        return x + n
    return n

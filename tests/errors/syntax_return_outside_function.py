# rejects: return at module level
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return x


return 5

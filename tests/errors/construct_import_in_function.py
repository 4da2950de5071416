# rejects: an import inside a function
# call: f 3
# error-at: 11:5
# construct: Import
# error: import statements inside functions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    import math
    return n

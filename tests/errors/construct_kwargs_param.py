# rejects: a **kwargs parameter
# call: f 3
# error-at: 10:12
# construct: arg
# error: **kwargs parameters are not supported in @jit functions
from pyjit import jit


@jit
def f(n, **options):
    return n + len(options)

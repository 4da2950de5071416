# rejects: an unknown decorator on a @jit function
# call: f 3
# error-at: 14:2
# construct: Name
# error: decorator
from pyjit import jit


def my_cache(fn):
    return fn


@jit
@my_cache
def f(n):
    return n

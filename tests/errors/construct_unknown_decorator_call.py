# rejects: an unknown decorator call on a @jit function
# call: f 3
# error-at: 12:2
# construct: Call
# error: decorator
import functools

from pyjit import jit


@jit
@functools.lru_cache(maxsize=None)
def f(n):
    return n

# rejects: yield from
# call: f 3
# error-at: 12:5
# construct: YieldFrom
# error: generators
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    yield from range(n)

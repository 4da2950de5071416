# rejects: yield: a generator function
# call: f 3
# error-at: 12:9
# construct: Yield
# error: generators are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    for i in range(n):
        yield i

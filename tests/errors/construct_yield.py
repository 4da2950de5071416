# rejects: yield: a generator function
# call: f 3
# error-at: 13:9
# construct: Yield
# error: generators
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    for i in range(n):
        yield i

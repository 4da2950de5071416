# rejects: a set comprehension
# call: f 3
# error-at: 11:9
# construct: SetComp
# error: set comprehensions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = {i % 3 for i in range(n)}
    return 0

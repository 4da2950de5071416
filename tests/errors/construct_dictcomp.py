# rejects: a dict comprehension
# call: f 3
# error-at: 11:9
# construct: DictComp
# error: dict comprehensions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    d = {i: i * i for i in range(n)}
    return 0

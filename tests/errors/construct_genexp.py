# rejects: a generator expression
# call: f 3
# error-at: 12:9
# construct: GeneratorExp
# error: generator expressions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    total = 0
    g = (i for i in range(n))
    return total

# rejects: a list comprehension
# call: f 3
# error-at: 11:10
# construct: ListComp
# error: list comprehensions are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    xs = [i * i for i in range(n)]
    return len(xs)

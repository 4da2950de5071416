# rejects: a list comprehension in an undecorated helper that jitted code calls
# call: f 3
# error-at: 10:16
# construct: ListComp
# error: list comprehensions are not supported in @jit functions
from pyjit import jit


def helper(n):
    return len([i for i in range(n)])


@jit
def f(n):
    return helper(n) + 1

# rejects: too many arguments to an undecorated helper
# call: f 3
# error-at: 16:12
# construct: Call
# error: takes 1 positional argument but 2 were given
# cpython-raises: TypeError
from pyjit import jit


def helper(a):
    return a * 2


@jit
def f(n):
    return helper(n, 1)

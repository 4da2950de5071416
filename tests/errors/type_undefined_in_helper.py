# rejects: an undefined name in an undecorated helper
# call: f 3
# error-at: 11:16
# construct: Name
# error: name 'missing_value' is not defined
# cpython-raises: NameError
from pyjit import jit


def helper(x):
    return x * missing_value


@jit
def f(n):
    return helper(n)

# rejects: a call to an undefined function
# call: f 3
# error-at: 12:9
# construct: Name
# error: name 'no_such_function' is not defined
# cpython-raises: NameError
from pyjit import jit


@jit
def f(n):
    x = no_such_function(n)
    return x

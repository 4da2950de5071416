# rejects: an undefined name
# call: f 3
# error-at: 12:16
# construct: Name
# error: name 'undefined_thing' is not defined
# cpython-raises: NameError
from pyjit import jit


@jit
def f(n):
    return n + undefined_thing

# rejects: a misspelt local
# call: f 3
# error-at: 15:12
# construct: Name
# error: name 'totl' is not defined
# cpython-raises: NameError
from pyjit import jit


@jit
def f(n):
    total = 0
    for i in range(n):
        total += i
    return totl

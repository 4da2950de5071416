# rejects: an unterminated string
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    print('abc)
    return x

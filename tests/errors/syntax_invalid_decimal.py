# rejects: a digit followed by a name
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    return 1x

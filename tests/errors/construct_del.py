# rejects: a del statement
# call: f 3
# error-at: 13:5
# construct: Delete
# error: del
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    m = n
    del m
    return n

# rejects: a global bound to something pyjit cannot freeze
# call: f 3
# error-at: 14:12
# construct: Name
# error: global 'TABLE' is not a constant pyjit can freeze
from pyjit import jit


TABLE = [1, 2, 3]


@jit
def f(n):
    return TABLE[0] + n

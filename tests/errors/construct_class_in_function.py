# rejects: a class defined inside a function
# call: f 3
# error-at: 12:5
# construct: ClassDef
# error: class
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    class Point:
        pass
    return n

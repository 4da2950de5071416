# rejects: instantiating a module-level class
# call: f 3
# error-at: 15:9
# construct: Name
# error: global 'Point' is not a constant pyjit can freeze
from pyjit import jit


class Point:
    pass


@jit
def f(n):
    p = Point()
    return n

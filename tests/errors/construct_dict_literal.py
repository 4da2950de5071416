# rejects: a dict display
# call: f 3
# error-at: 12:9
# construct: Dict
# error: dict
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    d = {"a": 1, "b": n}
    return n

# rejects: an f-string
# call: f 3
# error-at: 11:11
# construct: JoinedStr
# error: f-strings are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    print(f"n = {n}")
    return n

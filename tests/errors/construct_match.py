# rejects: a match statement
# call: f 3
# error-at: 12:5
# construct: Match
# error: match
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    match n:
        case 1:
            return 10
        case _:
            return 0

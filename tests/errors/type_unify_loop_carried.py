# rejects: a loop-carried variable that changes from float to tuple
# call: f 3
# error-at: 13:9
# construct: Name
# error: cannot unify
from pyjit import jit


@jit
def f(n):
    acc = 0.0
    for i in range(n):
        acc = (acc, i)
    return 0

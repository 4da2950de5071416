# rejects: an int and a tuple returned
# call: f 3
# error-at: 13:5
# construct: Return
# error: cannot unify int64 and UniTuple(int64, 2) for the return value of 'f'
from pyjit import jit


@jit
def f(n):
    if n > 2:
        return n
    return (n, n)

# rejects: a dedent to a column no block started at
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    if x:
        y = 1
      z = 2
    return x

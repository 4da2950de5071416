# rejects: inconsistent tabs and spaces
# call: f 1
# syntax-error
# error: inconsistent use of tabs and spaces in indentation
from pyjit import jit


@jit
def f(x):
    if x:
        y = 1
	y = 2
    return y

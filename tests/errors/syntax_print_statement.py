# rejects: a Python 2 print statement
# call: f 1
# syntax-error
# error: Missing parentheses in call to 'print'
from pyjit import jit


@jit
def f(x):
    print "x"
    return x

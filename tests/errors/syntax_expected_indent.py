# rejects: a def body that is not indented
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
return x

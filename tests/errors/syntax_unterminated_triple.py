# rejects: an unterminated triple-quoted string
# call: f 1
# syntax-error
# error: unterminated triple-quoted string literal
from pyjit import jit


@jit
def f(x):
    s = """abc
    return x

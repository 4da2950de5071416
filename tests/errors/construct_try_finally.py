# rejects: try/finally
# call: f 3
# error-at: 14:9
# construct: Try
# error: try
# error: are not supported in @jit functions
from pyjit import jit


@jit
def f(n):
    s = 0
    for i in range(n):
        try:
            s += i
        finally:
            s -= 1
    return s

# rejects: else with no if
# call: f 1
# syntax-error
from pyjit import jit


@jit
def f(x):
    else:
        pass

# rejects: a dtype given as a string
# call: f 3
# error-at: 13:12
# construct: Call
# error: string
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.zeros(n, "float64")

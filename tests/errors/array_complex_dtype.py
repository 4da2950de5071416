# rejects: an unsupported dtype (complex128)
# call: f 3
# error-at: 13:21
# construct: Attribute
# error: complex128
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, np.complex128)
    return a

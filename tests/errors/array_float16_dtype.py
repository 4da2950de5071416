# rejects: an unsupported dtype (float16)
# call: f 3
# error-at: 13:27
# construct: Attribute
# error: float16
# error: not supported
import numpy as np
from pyjit import jit


@jit
def f(n):
    a = np.zeros(n, dtype=np.float16)
    return a

# rejects: an unknown keyword argument to np.zeros
# call: f 3
# error-at: 13:12
# construct: Call
# error: unexpected keyword argument 'dtyp'
# cpython-raises: TypeError
import numpy as np
from pyjit import jit


@jit
def f(n):
    return np.zeros(n, dtyp=np.int32)

import pyjit
from pyjit import jit, njit

@jit(boundscheck=True, error_model="python")
def error_model_python(a, b):
    return a // b

from pyjit import jit

@jit
def mod_zero(a, b):
    print("before")
    return a % b

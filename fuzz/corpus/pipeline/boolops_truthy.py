from pyjit import jit
NAN = float("nan")

@jit
def truthy(x):
    if x:
        return True
    return False

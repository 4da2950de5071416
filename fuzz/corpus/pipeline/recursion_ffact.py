from pyjit import jit

@jit
def ffact(x):
    if x <= 1.0:
        return 1.0
    return x * ffact(x - 1.0)

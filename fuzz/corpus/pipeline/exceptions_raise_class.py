from pyjit import jit

@jit
def raise_class(k):
    if k == 0:
        raise ValueError
    if k == 1:
        raise NotImplementedError
    if k == 2:
        raise ValueError()
    if k == 3:
        raise RuntimeError("")
    return k

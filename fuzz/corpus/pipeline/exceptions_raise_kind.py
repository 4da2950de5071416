from pyjit import jit

@jit
def raise_kind(k):
    if k == 0:
        raise TypeError("bad type")
    elif k == 1:
        raise IndexError("index 3 out of range")
    elif k == 2:
        raise KeyError("missing")
    elif k == 3:
        raise RuntimeError("runtime failure")
    elif k == 4:
        raise ZeroDivisionError("custom zero")
    elif k == 5:
        raise OverflowError("too big")
    elif k == 6:
        raise NotImplementedError("later")
    elif k == 7:
        raise Exception("generic")
    elif k == 8:
        raise ArithmeticError("arith")
    elif k == 9:
        raise LookupError("lookup")
    elif k == 10:
        raise AssertionError("explicit assertion")
    return k

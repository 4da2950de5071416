from pyjit import jit

@jit
def nested_if(a, b):
    r = 0
    if a > 0:
        if b > 0:
            r = 1
        else:
            r = 2
    else:
        if b > 0:
            r = 3
        elif b == 0:
            pass
        else:
            r = 4
    return r

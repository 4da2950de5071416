from pyjit import jit
NAN = float("nan")

@jit
def cond_logic(x, y):
    if x > 0 and y > 0:
        return 1
    if x > 0 or y > 0:
        return 2
    if not (x == 0 or y == 0):
        return 3
    return 4

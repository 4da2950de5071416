from pyjit import jit

@jit
def toggles(n):
    flag = False
    for _ in range(n):
        flag = not flag
    return flag

from pyjit import jit

@jit
def augmented(x):
    x += 3
    x -= 1
    x *= 4
    x //= 3
    x %= 7
    x **= 2
    return x

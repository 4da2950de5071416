from pyjit import jit

@jit
def augmented_float(x):
    x += 0.5
    x *= 3.0
    x /= 2.0
    x -= 1.0
    x //= 0.5
    x %= 4.0
    x **= 0.5
    return x

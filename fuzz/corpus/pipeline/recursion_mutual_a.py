from pyjit import jit

@jit
def mutual_a(n, acc):
    if n <= 0:
        return acc
    return mutual_b(n - 1, acc + 1.5)

@jit
def mutual_b(n, acc):
    if n <= 0:
        return acc
    return mutual_a(n - 1, acc * 2.0)

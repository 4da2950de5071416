from pyjit import jit

@jit
def collatz_rec(n, steps):
    if n == 1:
        return steps
    if n % 2 == 0:
        return collatz_rec(n // 2, steps + 1)
    return collatz_rec(3 * n + 1, steps + 1)

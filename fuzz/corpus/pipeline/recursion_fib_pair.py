from pyjit import jit

@jit
def fib_pair(n):
    # returns (fib(n), fib(n+1))
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d

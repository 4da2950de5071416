# Recursion and mutual recursion: int and float, tuple-returning, deep-ish
# recursion, recursion through an undecorated helper, exceptions from depth.
from pyjit import jit


@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@jit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@jit
def ffact(x):
    if x <= 1.0:
        return 1.0
    return x * ffact(x - 1.0)


@jit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@jit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@jit
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


@jit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


@jit
def power_rec(x, n):
    if n == 0:
        return 1.0
    half = power_rec(x, n // 2)
    if n % 2 == 0:
        return half * half
    return half * half * x


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


@jit
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


@jit
def hanoi(n):
    if n == 0:
        return 0
    return 2 * hanoi(n - 1) + 1


@jit
def countdown_raise(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return countdown_raise(n - 1)


def plain_rec(n):
    if n <= 0:
        return 0
    return n + plain_rec(n - 1)


@jit
def use_plain_rec(n):
    return plain_rec(n)


@jit
def print_rec(n):
    if n > 0:
        print("down", n)
        print_rec(n - 1)
        print("up", n)


@jit
def collatz_rec(n, steps):
    if n == 1:
        return steps
    if n % 2 == 0:
        return collatz_rec(n // 2, steps + 1)
    return collatz_rec(3 * n + 1, steps + 1)


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


CASES = [
    ("fib", (0,)),
    ("fib", (1,)),
    ("fib", (10,)),
    ("fib", (20,)),
    ("fact", (0,)),
    ("fact", (20,)),
    ("ffact", (5.0,)),
    ("ffact", (170.0,)),
    ("ffact", (171.0,)),
    ("is_even", (10,)),
    ("is_even", (7,)),
    ("is_odd", (7,)),
    ("gcd_rec", (1071, 462)),
    ("gcd_rec", (-12, 18)),
    ("ackermann", (2, 3)),
    ("ackermann", (3, 3)),
    ("power_rec", (2.0, 10)),
    ("power_rec", (1.0001, 10000)),
    ("power_rec", (-0.5, 3)),
    ("fib_pair", (10,)),
    ("fib_pair", (90,)),
    ("depth", (5000,)),
    ("hanoi", (62,)),
    ("countdown_raise", (10,)),
    ("use_plain_rec", (100,)),
    ("print_rec", (3,)),
    ("collatz_rec", (27, 0)),
    ("mutual_a", (5, 0.0)),
    ("mutual_a", (0, 1.0)),
]

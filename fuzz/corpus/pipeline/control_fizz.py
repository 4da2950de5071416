from pyjit import jit

@jit
def fizz(n):
    if n % 15 == 0:
        return 15
    if n % 5 == 0:
        return 5
    if n % 3 == 0:
        return 3
    return n

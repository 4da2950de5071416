from pyjit import jit

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

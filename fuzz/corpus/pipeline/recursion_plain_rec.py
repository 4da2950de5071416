from pyjit import jit

def plain_rec(n):
    if n <= 0:
        return 0
    return n + plain_rec(n - 1)

from pyjit import jit

@jit
def print_rec(n):
    if n > 0:
        print("down", n)
        print_rec(n - 1)
        print("up", n)

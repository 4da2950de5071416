from pyjit import jit

def plain_helper(x):
    # not decorated: pyjit compiles it because jitted code calls it
    return x * x + 1

@jit
def square(x):
    return x * x

@jit
def call_in_loop(n):
    s = 0
    for i in range(n):
        s += square(i) - plain_helper(i)
    return s

from pyjit import jit

@jit
def chain_length(x):
    steps = 1
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps

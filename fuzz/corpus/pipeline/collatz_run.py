from pyjit import jit

@jit
def chain_length(x):
    steps = 1
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps

@jit
def run(n):
    best_len = 0
    best_start = 1
    total = 0
    for start in range(1, n + 1):
        length = chain_length(start)
        total += length
        if length > best_len:
            best_len = length
            best_start = start
    return best_start * 1000000000000 + best_len * 1000000 + total % 1000000

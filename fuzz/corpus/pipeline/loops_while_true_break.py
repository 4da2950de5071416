from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def while_true_break(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            break
    return i

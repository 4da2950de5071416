from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def countdown_while(n):
    out = 0
    while n:
        n -= 1
        if n == 3:
            continue
        out += n
    return out

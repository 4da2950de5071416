from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def while_count(n):
    k = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        k += 1
    return k

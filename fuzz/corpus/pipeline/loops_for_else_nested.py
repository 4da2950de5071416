from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def for_else_nested(n):
    found = 0
    for i in range(2, n):
        for j in range(2, i):
            if i % j == 0:
                break
        else:
            found += 1
    return found

from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def find_first_div(n, d):
    for i in range(1, n):
        if i % d == 0:
            break
    else:
        return -1
    return i

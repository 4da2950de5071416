from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def list_range3(a, b, c):
    count = 0
    first = 0
    last = 0
    for i in range(a, b, c):
        if count == 0:
            first = i
        last = i
        count += 1
    return count, first, last

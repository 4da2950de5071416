from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def print_range(a, b, c):
    for i in range(a, b, c):
        print(i, end=" ")
    print()

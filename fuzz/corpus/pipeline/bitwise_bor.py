from pyjit import njit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@njit
def bor(a, b):
    return a | b

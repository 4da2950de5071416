from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def sub(a, b):
    return a - b

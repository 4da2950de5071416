from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def range_var_reuse(n):
    # range is evaluated once: changing n in the body does not change it.
    count = 0
    for i in range(n):
        n = 0
        count += 1
    return count, n

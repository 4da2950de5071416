from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def loop_modify_var(n):
    # assigning to the loop variable does not affect the iteration.
    s = 0
    for i in range(n):
        s += i
        i = 100
    return s

from pyjit import jit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@jit
def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        print("no break")
        i = -i
    return i

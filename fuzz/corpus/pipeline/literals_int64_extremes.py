from pyjit import jit

@jit
def int64_extremes():
    return 9223372036854775807, -9223372036854775808

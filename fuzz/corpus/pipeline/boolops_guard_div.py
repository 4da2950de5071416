from pyjit import jit
NAN = float("nan")

@jit
def guard_div(a, b):
    # b != 0 guards the division: short-circuit must skip it.
    return b != 0 and a // b > 2

from pyjit import jit

@jit
def tuple_var_reassign(n):
    p = (0, 1)
    for _ in range(n):
        p = (p[1], p[0] + p[1])
    return p

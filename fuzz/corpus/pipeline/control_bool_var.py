from pyjit import jit

@jit
def bool_var(x):
    flag = x > 3
    if flag:
        flag = x < 10
    return flag

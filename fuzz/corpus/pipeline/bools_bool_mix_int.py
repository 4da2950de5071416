from pyjit import jit

@jit
def bool_mix_int(flag, k):
    return flag * k + (not flag) * -k

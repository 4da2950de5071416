from pyjit import jit

@jit
def check_assert_msg(x):
    assert x != 0, "x must not be zero"
    return 10 // x

# Unbounded recursion must raise RecursionError, also under ASan with
# detect_stack_use_after_return (locals on a fake stack: the guard once took
# its stack floor from a local's address and never fired).
from pyjit import jit

@jit
def f(n):
    if n == 0:
        return 0
    return f(n + 1) + 1

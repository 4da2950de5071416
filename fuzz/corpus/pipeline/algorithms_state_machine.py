import math
from pyjit import jit

@jit
def state_machine(n):
    state = (0, 1, 0.0)
    for i in range(n):
        a, b, acc = state
        if i % 3 == 0:
            state = (b, a + b, acc + 0.5)
        elif i % 3 == 1:
            state = (a, b - 1, acc * 2.0)
        else:
            state = (a + 1, b, acc - 1.0)
    return state

from pyjit import jit
LCG_A = 1103515245
LCG_C = 12345
LCG_MASK = 0x7FFFFFFF

@jit
def lcg(state):
    state = (state * LCG_A + LCG_C) & LCG_MASK
    return state, state / 2147483648.0

@jit
def monte_carlo_pi(n, seed):
    state = seed
    inside = 0
    for i in range(n):
        state, x = lcg(state)
        state, y = lcg(state)
        if x * x + y * y < 1.0:
            inside += 1
    return inside, state

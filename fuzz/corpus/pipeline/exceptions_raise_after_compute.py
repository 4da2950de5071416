from pyjit import jit

@jit
def raise_after_compute(x):
    y = x * 3.5
    if y > 10.0:
        raise ValueError("y too large")
    return y

"""Kernels whose `assert` statements must stay CPython's own (pytest rewrites
asserts only in test modules, which would change CPython's messages)."""
from pyjit import jit


@jit
def raising(a, b):
    if a < 0:
        raise ValueError("negative a: nope")
    assert b != 3, "b must not be 3"
    return a // b + a % b


@jit
def bare_assert(x):
    assert x > 0
    return x

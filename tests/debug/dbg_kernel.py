# tests/debug/dbg_kernel.py — the kernel the gdb test (gdb_test.py) steps
# through: a loop with int, float, bool and tuple locals and a jitted callee,
# so breakpoints, bt across two jitted frames, locals and `next` are checked;
# grid() has a 2-D array local (data/shape/strides in gdb).
import numpy as np

from pyjit import jit


@jit
def scale(a):
    doubled = a * 2
    return doubled


@jit
def accumulate(x, n):
    total = 0.0
    count = 0
    pair = (0, 0.0)
    for i in range(n):
        term = x * i + scale(i)
        total += term
        count += 1
        pair = (i, total)
    big = total > 10.0
    return total + count + pair[0] + big


@jit
def grid(n):
    a = np.zeros((n, 2))
    for i in range(n):
        a[i, 0] = i * 0.5
        a[i, 1] = -1.0
    return a[n - 1, 0] + a[0, 1]

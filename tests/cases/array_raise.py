# Kernels that raise halfway while arrays are alive (issue 3: refcounts on
# exception exit; the suite runs under LeakSanitizer/valgrind too): inside
# loops over arrays (the iterator holds a reference), in enumerate/zip, in
# callees that allocate, with temporaries per iteration, with views of views
# and arrays inside tuples, after output was printed.
import numpy as np
from pyjit import jit


@jit(boundscheck=True)
def raise_in_array_loop(n, bad):
    a = np.arange(n)
    v = a[::-1]
    s = 0
    for x in v:
        t = np.zeros(3, np.int64)
        t[0] = x
        s += t[0]
        if x == bad:
            s += a[n + 5]
    return s


@jit
def raise_in_enumerate(n, bad):
    a = np.arange(n)
    b = np.ones((n, 2))
    s = 0.0
    for i, row in enumerate(b):
        if i == bad:
            raise ValueError("bad row")
        s += row[1] + a[i]
    return s


@jit
def raise_in_zip(n, bad):
    a = np.arange(n)
    b = np.zeros(n, np.float32)
    s = 0
    for i, x, y in zip(range(n), a, b[::2]):
        s += 100 // (bad - i) + x
    return s


@jit
def inner_alloc_raise(n):
    a = np.zeros(n)
    b = a[1:]
    if n > 3:
        raise IndexError("inner")
    return b


@jit
def outer_calls_raiser(n, k):
    keep = np.ones(4)
    total = 0.0
    for i in range(k):
        r = inner_alloc_raise(n - k + i)
        total += len(r) + keep[0]
    return total


@jit
def raise_with_tuple_of_arrays(n):
    a = np.arange(n)
    t = (a, a[::2], np.zeros((2, 2)))
    x = t[1]
    if len(x) > 2:
        raise RuntimeError("tuple alive")
    return t


@jit
def reshape_error_in_loop(n):
    s = 0
    for k in range(1, n):
        a = np.arange(6)
        b = a.reshape(k, -1)
        s += b.shape[0]
    return s


@jit
def broadcast_error_after_print(n):
    a = np.zeros(n)
    print("filling", n)
    a[1:] = np.ones(3)
    print("done")
    return a


@jit(boundscheck=True)
def raise_in_callee_loop(n):
    a = np.zeros((n, n), np.int64)
    s = 0
    for i in range(n + 1):
        s += row_total(a, i)
    return s


@jit(boundscheck=True)
def row_total(a, i):
    r = a[i]
    s = 0
    for x in r:
        s += x
    return s + 1


@jit
def negative_size_in_callee(n):
    a = np.ones(3)
    b = make(n)
    return (a, b)


@jit
def make(n):
    return np.zeros((2, n), np.int32)


CASES = [
    ("raise_in_array_loop", (5, 2)),
    ("raise_in_array_loop", (5, 99)),
    ("raise_in_enumerate", (4, 2)),
    ("raise_in_enumerate", (4, 9)),
    ("raise_in_zip", (6, 2)),
    ("raise_in_zip", (6, 7)),
    ("outer_calls_raiser", (5, 3)),
    ("outer_calls_raiser", (3, 3)),
    ("raise_with_tuple_of_arrays", (5,)),
    ("raise_with_tuple_of_arrays", (3,)),
    ("reshape_error_in_loop", (3,)),
    ("reshape_error_in_loop", (5,)),
    ("broadcast_error_after_print", (3,)),
    ("broadcast_error_after_print", (4,)),
    ("raise_in_callee_loop", (3,)),
    ("negative_size_in_callee", (-1,)),
    ("negative_size_in_callee", (1,)),
]

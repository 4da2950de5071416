# Spellings of the array API (issue 3): `import numpy` without an alias,
# `from numpy import ...`, dtype aliases (np.intp, np.int_, np.double,
# np.single, np.float_, np.uintp, np.intc), a.dtype and dtype=None as dtype
# arguments, keyword arguments for shapes' companions, Numba decorators.
import numpy
import numpy as np
from numba import njit
from numpy import arange, empty, float32, full, int16, linspace, ones, zeros, zeros_like
from pyjit import jit


@jit
def plain_numpy(n):
    a = numpy.zeros(n, numpy.int32)
    a[0] = 2147483647
    a[0] += 1
    return a


@jit
def from_imports(n):
    a = zeros(n)
    b = ones((2, n), int16)
    c = full(n, 1.5, float32)
    d = arange(n)
    e = linspace(0.0, 1.0, n)
    f = empty(n)
    f[:] = 4.0
    g = zeros_like(d)
    return (a, b, c, d, e, f, g)


@jit
def dtype_aliases(n):
    a = np.zeros(n, np.intp)
    b = np.zeros(n, np.int_)
    c = np.zeros(n, np.double)
    d = np.zeros(n, np.single)
    e = np.zeros(n, np.float_)
    f = np.zeros(n, np.uintp)
    g = np.zeros(n, np.intc)
    return (a.itemsize, b.itemsize, c.itemsize, d.itemsize, e.itemsize, f.itemsize,
            g.itemsize)


@jit
def single_alias_values(n):
    a = np.zeros(n, np.single)
    a[0] = 0.1
    return a[0]


@jit
def dtype_of_other(n):
    a = np.zeros(n, np.uint8)
    b = np.zeros(n, a.dtype)
    b[0] -= 1
    return b


@jit
def dtype_of_other_kw(n):
    a = np.zeros(n, np.float32)
    b = np.ones(n, dtype=a.dtype)
    b[0] = 0.1
    return (b, b.itemsize)


@jit
def dtype_none(n):
    a = np.zeros(n, dtype=None)
    b = np.full(n, 3, dtype=None)
    return (a, b)


@jit
def keyword_fill_value(n):
    return np.full((n, 2), fill_value=2.5)


@jit
def keyword_shape(n):
    return np.zeros(shape=(n, 1), dtype=np.int8)


@jit
def keyword_linspace(n):
    return np.linspace(start=1.0, stop=2.0, num=n, endpoint=False)


@jit
def keyword_arange(n):
    return np.arange(1, n, step=2)


@njit(boundscheck=True)
def numba_njit_arrays(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = i * 0.25
    return a


CASES = [
    ("plain_numpy", (2,)),
    ("from_imports", (3,)),
    ("dtype_aliases", (1,)),
    ("single_alias_values", (1,)),
    ("dtype_of_other", (2,)),
    ("dtype_of_other_kw", (2,)),
    ("dtype_none", (2,)),
    ("keyword_fill_value", (2,)),
    ("keyword_shape", (3,)),
    ("keyword_linspace", (4,)),
    ("keyword_arange", (8,)),
    ("numba_njit_arrays", (4,)),
]

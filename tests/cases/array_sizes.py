# Sizes at the edges (issue 3): shapes whose byte size does not fit
# ("array is too big" ValueError, checked before any allocation), negative
# dimensions next to zero ones, reshape of empty arrays with -1 (NumPy's
# messages), and NumPy's strides for zero-size arrays (creations and copies
# get 0 strides, views keep their parent's, reshape computes its own).
import numpy as np
from pyjit import jit


@jit
def make_1d(n):
    a = np.zeros(n, np.uint8)
    return a.size


@jit
def make_2d(n, m):
    a = np.empty((n, m))
    return a.shape


@jit
def make_ones_3d(n, m, k):
    a = np.ones((n, m, k), np.int32)
    return a.size


@jit
def reshape_empty(n, shape):
    a = np.zeros(n)
    return a.reshape(shape).shape


@jit
def strides_zero_size(n):
    a = np.arange(5)
    v = a[3:n]
    z = np.zeros((3, n))
    b = np.zeros((2, 3))
    return (v.strides, v.copy().strides, z.strides, z.T.strides, z[::-1].strides,
            b[:, 1:n + 1].strides, b[:, 1:n + 1].copy().strides)


@jit
def strides_zero_size_more(n):
    a = np.ones((n, 3)).reshape(3, n)
    b = np.zeros((2, n, 3))
    c = np.empty_like(np.zeros((n, 3)))
    d = np.arange(n)
    e = np.linspace(0.0, 1.0, n)
    return (a.strides, b.strides, c.strides, d.strides, e.strides)


@jit
def strides_size_one_dims(n):
    a = np.zeros((2, n, 3))
    b = np.zeros((4, n)).reshape(n, 4)
    c = np.zeros((n, 4))[:, ::2]
    return (a.strides, b.strides, c.strides)


CASES = [
    ("make_1d", (3,)),
    ("make_2d", (4294967296, 4294967296)),
    ("make_2d", (1152921504606846976, 8)),
    ("make_2d", (0, -1)),
    ("make_2d", (-1, 0)),
    ("make_2d", (0, 4294967296)),
    ("make_ones_3d", (0, 9223372036854775807, 2)),
    ("make_ones_3d", (2097152, 2097152, 2097152)),
    ("make_ones_3d", (2, 3, 4)),
    ("reshape_empty", (0, (-1, 0))),
    ("reshape_empty", (0, (0, -1))),
    ("reshape_empty", (0, (-1,))),
    ("reshape_empty", (0, (2, 0, -1))),
    ("reshape_empty", (0, (5, 0))),
    ("strides_zero_size", (1,)),
    ("strides_zero_size", (0,)),
    ("strides_zero_size_more", (0,)),
    ("strides_zero_size_more", (2,)),
    ("strides_size_one_dims", (1,)),
]

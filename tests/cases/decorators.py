# Decorator spellings pyjit accepts: @jit, @njit, @jit(...) with options,
# eager signature strings, @pyjit.jit.
import pyjit
from pyjit import jit, njit


@jit
def plain(x):
    return x + 1


@njit
def n_plain(x):
    return x - 1


@jit(nopython=True)
def nopython(x):
    return x * 2


@jit(cache=True)
def cached(x):
    return x * 3


@njit(cache=True, fastmath=False, nogil=True)
def many_options(x):
    return x * 4


@jit(boundscheck=True, error_model="python")
def error_model_python(a, b):
    return a // b


@jit("float64(float64, int64)")
def eager(x, n):
    return x ** n


@jit("int64(int64)")
def eager_int(x):
    return x * x - 1


@jit("f8(f8)")
def eager_short(x):
    return x / 3.0


@jit("(int64, float64)(float64)")
def eager_tuple(x):
    return 1, x


@jit(["int64(int64)", "float64(float64)"])
def eager_list(x):
    return x + x


@pyjit.jit
def dotted(x):
    return x - 10


@pyjit.jit(nopython=True)
def dotted_call(x):
    return -x


@jit
def calls_all(x):
    return plain(x) + n_plain(x) + nopython(x) + cached(x) + many_options(x) + dotted(x)


CASES = [
    ("plain", (1,)),
    ("n_plain", (1.5,)),
    ("nopython", (21,)),
    ("cached", (7,)),
    ("many_options", (2.5,)),
    ("error_model_python", (7, 2)),
    ("error_model_python", (7, 0)),
    ("eager", (2.0, 10)),
    ("eager", (1.5, 0)),
    ("eager_int", (12,)),
    ("eager_short", (1.0,)),
    ("eager_tuple", (2.5,)),
    ("eager_list", (4,)),
    ("eager_list", (0.25,)),
    ("dotted", (3,)),
    ("dotted_call", (3.5,)),
    ("calls_all", (2,)),
]

# Float corner values through arrays (issue 3): float32 and float64 arrays
# printed by tolist() (subnormals, max, rounding, nan, -0.0), float32
# scalars printed as NumPy's shortest repr and by print(), arange lengths
# decided by float rounding (np.arange(1, 1.3, 0.1) has 4 elements),
# linspace end points, float32 rounding of int and float64 stores.
import numpy as np
from pyjit import jit


@jit
def f32_array(x):
    a = np.zeros(4, np.float32)
    a[0] = x
    a[1] = -x
    a[2] = x * 3.0
    a[3] = x / 3.0
    return (a, a[0], a[2], a[3])


@jit
def f64_array(x):
    a = np.zeros(4)
    a[0] = x
    a[1] = -x
    a[2] = x * 3.0
    a[3] = x / 3.0
    return a


@jit
def f32_print(x):
    a = np.zeros(3, np.float32)
    a[0] = x
    a[1] = x * x
    a[2] = 1.0 / x
    for v in a:
        print(v)
    print(a[0], a[1] + a[2])
    return 0


@jit
def arange_len(start, stop, step):
    a = np.arange(start, stop, step)
    return (len(a), a)


@jit
def linspace_ends(a, b, n):
    x = np.linspace(a, b, n)
    return (x[0] == a, x[n - 1] == b, x[n // 2])


@jit
def f32_from_ints(n):
    a = np.zeros(5, np.float32)
    a[0] = n
    a[1] = n + 1
    a[2] = -n
    a[3] = n * 1000
    a[4] = n // 7
    return a


@jit
def f32_accumulate(n, x):
    a = np.zeros(n, np.float32)
    for i in range(n):
        a[i] = x
    s = np.float32(0.0)
    for v in a:
        s += v
    t = 0.0
    for v in a:
        t += v
    return (s, t)


CASES = [
    ("f32_array", (0.1,)),
    ("f32_array", (1e-45,)),
    ("f32_array", (3.4028235e38,)),
    ("f32_array", (1e-40,)),
    ("f32_array", (16777217.0,)),
    ("f32_array", (float("nan"),)),
    ("f32_array", (-0.0,)),
    ("f32_array", (2.5e-8,)),
    ("f32_array", (123456.789,)),
    ("f64_array", (5e-324,)),
    ("f64_array", (1e16,)),
    ("f64_array", (1e-5,)),
    ("f64_array", (0.30000000000000004,)),
    ("f64_array", (1.7976931348623157e308,)),
    ("f32_print", (0.1,)),
    ("f32_print", (3e-20,)),
    ("f32_print", (65536.0,)),
    ("f32_print", (1e10,)),
    ("arange_len", (1.0, 1.3, 0.1)),
    ("arange_len", (0.0, 0.3, 0.1)),
    ("arange_len", (0.0, 1.0, 0.1)),
    ("arange_len", (-1.0, 1.0, 0.4)),
    ("arange_len", (1e16, 1e16 + 4.0, 1.0)),
    ("arange_len", (0.5, 0.0, -0.1)),
    ("linspace_ends", (0.1, 0.7, 7)),
    ("linspace_ends", (-3.3, 1e-3, 11)),
    ("linspace_ends", (1e300, -1e300, 5)),
    ("f32_from_ints", (16777217,)),
    ("f32_from_ints", (123456789,)),
    ("f32_accumulate", (1000, 0.1)),
    ("f32_accumulate", (7, 1.0 / 3.0)),
]

# Grammar sample for the frontend suite: every Python 3.12 statement and
# expression form. It must load without a SyntaxError; @jit defs use only
# what pyjit compiles, undecorated defs may use anything.
"""Module docstring."""
from __future__ import annotations

import math
import numpy as np
import numpy
import os.path
import collections.abc as cabc
from math import sqrt, pi
from math import (floor,
                  ceil as ceiling,)
from pyjit import jit, njit
import pyjit
import numba
from numba import njit as nb_njit, jit as nb_jit
from . import sibling  # noqa  (relative import: ignored by pyjit)
from .. import parent  # noqa
from os import *

# ---- module constants (frozen) ----
N = 10
M = N * 2 + 1
HEX = 0x7FFF_FFFF
OCT = 0o777
BIN = 0b1010_1010
BIG = 1_000_000
F1 = 1e-3
F2 = .5
F3 = 5.
F4 = 1_000.5e+3
F5 = 1E10
IMAG = 3j
S1 = 'single'
S2 = "double"
S3 = '''triple
single'''
S4 = """triple "double" """
RAW = r'raw\n'
BYTES = b'bytes\x00'
RB = rb'\d+' + Rb"x" + bR'y' + BR"z"
UNI = u'unicode \u00e9 \N{BULLET}'
CAT = 'con' "cat" '''enated'''
FS = f'{N} and {M!r:>10} {{literal}}'
FS2 = f"{'nested'} {N + 1:{M}}"
FS3 = F"{S1}" rf'{S2}\d' fR"{S3}"
ESC = '\t\n\\\'\"\a\b\f\v\x41\101\u0041\U00000041'
CONT = 1 + \
    2
TUP = (1, 2.0, 'three', None, True, (4, 5))
EMPTY = ()
ONE = 1,
NEG = -N
INV = ~N
POW = 2 ** 10
NEGPOW = 2 ** -1
SHIFT = 1 << 40
FLOORDIV = -7 // 2
MOD = -7 % 3
FMOD = -7.5 % 2.0
CMP = 1 < 2 <= 3
BOOL = N and M or 0
COND = 1 if N > 5 else 2
PI2 = 2 * math.pi
ANN: int = 5
ANN_ONLY: float
a = b = c = 0
x1, y1 = 1, 2
(x2, y2), z2 = (1, 2), 3
[x3, *rest3] = [1, 2, 3]
N += 1
OPAQUE = [i * i for i in range(N)]
OPAQUE2 = {k: v for k, v in zip('ab', 'cd')}
OPAQUE3 = {x for x in 'abc'}
OPAQUE4 = (x for x in 'abc')
OPAQUE5 = lambda x, *a, y=1, **k: x
OPAQUE6 = {'a': 1, **{'b': 2}}
OPAQUE7 = [*TUP, *OPAQUE]
OPAQUE8 = {*TUP}
WALRUS = (w := 10)
ELL = ...
SLICES = OPAQUE[1:2], OPAQUE[::2], OPAQUE[:-1], OPAQUE[1:2:3]
print(N, M, sep=', ', end='\n')


# ---- jitted functions: the compiled subset ----
@jit
def arith(x, y, z=2.5, w=-1, /):
    """Docstring."""
    a = x + y - x * y / z // w % 3 ** 2
    b = -a + (+a) - ~w
    c = x << 2 >> 1 & 0xFF | 3 ^ 5
    d = x @ y if False else 0
    a += 1
    a -= 1
    a *= 2
    a /= 2
    a //= 1
    a %= 7
    a **= 2
    c <<= 1
    c >>= 1
    c &= 7
    c |= 8
    c ^= 1
    return a, b, c, d


@njit
def control(n, arr):
    total = 0
    i = 0
    while i < n:
        if i % 2 == 0:
            total += i
        elif i % 3 == 0:
            total -= i
        else:
            pass
        i += 1
        if total > 1000:
            break
    else:
        total = -total
    for j in range(n):
        if j == 3:
            continue
        total += j
    else:
        total += 1
    for k, v in enumerate(arr):
        total += k * v
    for (p, q), r in zip(arr, arr):
        pass
    return total


@jit(nopython=True, cache=True, fastmath=True, boundscheck=False, nogil=True,
     parallel=False, error_model='numpy')
def logic(a, b, c):
    x = a and b or c
    y = not a
    z = a < b < c
    w = a is None or b is not None
    v = a in b or a not in c
    u = 0 <= a < b <= c != 7
    t = (a if b else c) if a else b
    if a and not b or c:
        return x
    assert a > 0
    assert b > 0, "b must be positive"
    if a < 0:
        raise ValueError("negative")
    if b < 0:
        raise ValueError
    return x, y, z, w, v, u, t


@jit("float64(float64[:], int64)")
def indexing(arr, i):
    a = arr[i]
    b = arr[i, 2]
    c = arr[1:, 2:5]
    d = arr[::2]
    e = arr[:i:-1]
    arr[i] = 1.0
    arr[i, i] = 2.0
    arr[i] += 1.0
    arr[i + 1, i] -= 2.0
    arr[i], arr[i + 1] = arr[i + 1], arr[i]
    a, b = b, a
    (a, b), c = (1, 2), 3
    s = arr.shape[0]
    m = np.zeros((s, s), dtype=np.float64)
    n = math.sqrt(abs(a)) + sqrt(pi)
    print("value", a, b, sep=" ")
    return a


@jit(["int64(int64)", "float64(float64)"])
def sigs(x):
    return x


@pyjit.jit
def dotted1(x):
    return x


@numba.njit(cache=True)
def dotted2(x):
    return x


@nb_njit
def alias1(x):
    return x


@nb_jit(nopython=True)
def alias2(x):
    return x


@jit
def annotated(x: int, y: float = 1.0) -> float:
    z: float = x * y
    return z


# ---- undecorated: anything goes ----
def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    global N
    lst = [1, 2, 3]
    st = {1, 2}
    dct = {'a': 1, 'b': 2}
    comp = [x * y for x in lst if x > 1 for y in lst]
    scomp = {x for x in lst}
    dcomp = {x: x * x for x in lst if x if x}
    gen = (x for x in lst)
    sm = sum(x for x in lst)
    lam = lambda x, y=2, *z, k=1, **kw: x + y
    lam2 = lambda: 0
    lam3 = lambda *, k: k
    f = print(*lst, **dct)
    if (n := len(lst)) > 2:
        pass
    first, *middle, last = lst
    *head, tail = lst
    del lst[0], dct['a']
    del st
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError("x") from exc
    except (TypeError, KeyError):
        raise
    except Exception:
        pass
    else:
        pass
    finally:
        pass
    try:
        pass
    finally:
        pass
    try:
        pass
    except* ValueError:
        pass
    with open('x') as fh, open('y') as (g1):
        pass
    with (open('x') as fh2,
          open('y') as fh3):
        pass
    with open('x'):
        pass

    def inner(x):
        nonlocal c
        c = x
        return x

    class Local(object, metaclass=type):
        attr = 1

        def method(self):
            return self.attr

        @property
        def prop(self):
            return 1

        @staticmethod
        def sm():
            pass

    match a:
        case 1 | 2:
            pass
        case -1:
            pass
        case 1.5 + 2j:
            pass
        case "s" "t":
            pass
        case None | True | False:
            pass
        case [x, y, *others]:
            pass
        case (x, _):
            pass
        case {'k': v, **kw}:
            pass
        case Local(attr=1) | Local():
            pass
        case math.pi:
            pass
        case [1, [2, 3]] as nested if nested:
            pass
        case x if x > 0:
            pass
        case _:
            pass
    match b, c:
        case 1, 2:
            pass
    match = 1
    case = 2
    type = 3
    print(match, case, type)
    x = yield
    y = yield 1
    z = yield from range(3)
    import os
    from math import floor as fl
    a.b = 1
    a.b.c += 1
    e = a[..., 0]
    a[1:2, ::3] = b
    print(f"{a!r} {b:>{c}} {c=}")
    print(*args, sep='')
    return


async def coroutine(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [i async for i in x]


class Klass[T](Base, metaclass=Meta):
    """Class docstring."""
    x: int = 0

    @classmethod
    def make(cls) -> Klass:
        return cls()


def generic[T: int, *Ts, **P](x: T) -> T:
    return x


type Alias[T] = list[T]
type Simple = int


@decorator
@decorator.with_args(1, key=2)
def decorated():
    pass


def semi(): x = 1; y = 2; return x + y


def oneline(x): return x


if __name__ == "__main__":
    for i in range(3):
        print(i)
    while False:
        pass
    else:
        pass
elif_chain = 1
if elif_chain == 1:
    pass
elif elif_chain == 2:
    pass
else:
    pass
try:
    from numba import njit
except ImportError:
    def njit(f):
        return f
assert True, "module-level assert"
del elif_chain

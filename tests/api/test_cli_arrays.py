#!/usr/bin/python3
"""CLI contract for arrays (issue 3): `pyjit run` prints a returned array as
repr(a.tolist()) (also inside tuples), `dump --sig` takes Numba's array type
spellings. Expected output comes from CPython + NumPy.
Usage: test_cli_arrays.py PATH/TO/pyjit"""
import contextlib
import io
import os
import subprocess
import sys
import tempfile

import numpy as np

PYJIT = sys.argv[1]
failures = []

KERNEL = '''import numpy as np
from pyjit import jit

@jit
def squares(n):
    a = np.arange(n)
    for i in range(n):
        a[i] = a[i] * a[i]
    return a

@jit
def many(n, m):
    g = np.zeros((n, m), np.int32)
    for i in range(n):
        for j in range(m):
            g[i, j] = i - j
    f = np.full(3, 0.1, np.float32)
    b = np.zeros(2, np.bool_)
    b[1] = True
    return (g, n, f, (b,), np.ones((2, 0)), np.arange(n)[::-1])

@jit
def one(n):
    return (np.linspace(0.0, 1.0, n),)

@jit
def total(a, k):
    s = 0.0
    for x in a:
        s += x * k
    return s

@jit
def total2(a, k):
    s = 0.0
    for r in a:
        for x in r:
            s += x * k
    return s
'''


def check(name, cond, detail=''):
    if not cond:
        failures.append('%s %s' % (name, detail))


def fmt(v):
    if isinstance(v, tuple):
        s = [fmt(x) for x in v]
        return '(' + ', '.join(s) + (',' if len(s) == 1 else '') + ')'
    if isinstance(v, np.ndarray):
        return repr(v.tolist())
    if isinstance(v, np.generic):
        return repr(v.item()) if not isinstance(v, np.floating) or v.dtype == np.float64 else repr(v)
    return repr(v)


def cpython(func, *args):
    ns = {}
    exec(KERNEL.replace('from pyjit import jit',
                        'jit = lambda f=None, **k: f if callable(f) else (lambda g: g)'), ns)
    with contextlib.redirect_stdout(io.StringIO()):
        return fmt(ns[func](*args))


def run(*args):
    p = subprocess.run([PYJIT, *args], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


with tempfile.TemporaryDirectory() as d:
    k = os.path.join(d, 'k.py')
    open(k, 'w').write(KERNEL)
    for func, args in (('squares', (6,)), ('squares', (0,)), ('many', (3, 2)), ('many', (0, 4)),
                       ('one', (5,)), ('one', (1,))):
        rc, out, err = run('run', k, func, *map(repr, args))
        want = cpython(func, *args) + '\n'
        check('run %s%r' % (func, args), rc == 0 and out == want, (rc, out, want, err))

    for func, sig, typename in (('total', 'float64[:], int64', 'array(float64, 1d, A)'),
                                ('total', 'float64[::1], float64', 'array(float64, 1d, C)'),
                                ('total2', 'int32[:, :], int64', 'array(int32, 2d, A)'),
                                ('total2', 'uint8[:, ::1],int64', 'array(uint8, 2d, C)')):
        rc, out, err = run('dump', '--emit=types', k, func, '--sig', sig)
        check('dump --sig %r' % sig, rc == 0 and typename in out, (rc, out, err))
    rc, out, err = run('dump', '--emit=llvm', k, 'total2', '--sig', 'float64[:, ::1], int64')
    check('dump llvm 2d', rc == 0 and 'define' in out, (rc, err))
    rc, out, err = run('dump', '--emit=types', k, 'total', '--sig', 'float64[:, :, ]')
    check('bad --sig', rc == 64 and err.startswith('pyjit: error: bad --sig'), (rc, err))

# docs/c-api.md shows tests/api/example_arrays.c (which the suite runs) verbatim.
here = os.path.dirname(os.path.abspath(__file__))
example = open(os.path.join(here, 'example_arrays.c')).read()
example = example[example.index('#include <pyjit.h>'):]
docs = open(os.path.join(here, '..', '..', 'docs', 'c-api.md')).read()
check('docs example', '```c\n' + example + '```' in docs)

for f in failures:
    print('FAIL', f)
print('%d failures' % len(failures))
sys.exit(1 if failures else 0)

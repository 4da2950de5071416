#!/usr/bin/python3
"""CLI contract tests (docs/cli.md): exit codes, output streams, --bench /
--time lines, dumps, check. Expected reprs come from CPython itself.
Usage: test_cli.py PATH/TO/pyjit"""
import contextlib
import io
import os
import re
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
failures = []

KERNEL = '''from pyjit import jit

@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@jit
def div(a, b):
    return a // b

@jit
def show(x, t):
    print("x is", x)
    return (t, x / 3)

@jit
def nothing(x):
    pass

@jit("float64(float64, int64)")
def scale(x, n):
    return x * n
'''

BAD = '''from pyjit import jit

@jit
def g(x):
    y = 1
    y = (1, 2)
    return y
'''

MIXED = '''from pyjit import jit

@jit
def bad(n):
    return [i for i in range(n)]

@jit
def good(n):
    return n * 3

@jit
def bad2(n):
    f = lambda: n
    return n
'''


def run(*args):
    p = subprocess.run([PYJIT, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(name, cond, detail=''):
    if not cond:
        failures.append('%s %s' % (name, detail))


def cpython(src, func, *args):
    ns = {}
    exec(src.replace('from pyjit import jit',
                     'jit = lambda f=None, **k: f if callable(f) else (lambda g: g)'), ns)
    with contextlib.redirect_stdout(io.StringIO()):
        return repr(ns[func](*args))


with tempfile.TemporaryDirectory() as d:
    k = os.path.join(d, 'k.py')
    bad = os.path.join(d, 'bad.py')
    open(k, 'w').write(KERNEL)
    open(bad, 'w').write(BAD)

    rc, out, err = run('run', k, 'fib', '20')
    check('run fib', rc == 0 and out == cpython(KERNEL, 'fib', 20) + '\n', (rc, out, err))

    rc, out, err = run('run', k, 'show', '-7', '(1, (2.5, True), None)')
    want = 'x is -7\n' + cpython(KERNEL, 'show', -7, (1, (2.5, True), None)) + '\n'
    check('print order', rc == 0 and out == want, (rc, out, err))

    rc, out, err = run('run', k, 'nothing', '1')
    check('None result', rc == 0 and out == 'None\n', (rc, out, err))

    rc, out, err = run('run', k, 'scale', '1.5', '3')
    check('eager', rc == 0 and out == cpython(KERNEL, 'scale', 1.5, 3) + '\n', (rc, out, err))

    rc, out, err = run('run', k, 'div', '1', '0')
    lines = err.strip().split('\n')
    check('runtime exit', rc == 1, (rc, err))
    check('traceback head', lines[0] == 'Traceback (most recent call last):', err)
    check('traceback frame', '  File "%s", line 11, in div' % k in lines, err)
    check('traceback tail', lines[-1] == 'ZeroDivisionError: integer division or modulo by zero', err)
    check('runtime stdout empty', out == '', out)

    rc, out, err = run('run', bad, 'g', '1')
    check('compile exit', rc == 2, (rc, err))
    check('compile format', re.match(re.escape(bad) + r':6:\d+: error: ', err) is not None, err)
    check('caret', '^' in err, err)
    rc2, out2, err2 = run('check', bad)
    check('check lazy', rc2 == 0, (rc2, err2))  # no eager signature: nothing to compile
    bad_eager = os.path.join(d, 'bad_eager.py')
    open(bad_eager, 'w').write(BAD.replace('@jit\n', '@jit("int64(int64)")\n'))
    rc2, out2, err2 = run('check', bad_eager)
    check('check eager', rc2 == 2 and re.match(re.escape(bad_eager) + r':6:\d+: error: ', err2)
          and 'note: while compiling the eager signature' in err2, (rc2, err2))
    rc, out, err = run('check', k)
    check('check ok', rc == 0 and out == '' and err == '', (rc, out, err))

    # Body errors are lazy (Numba): one bad kernel does not block the others.
    mixed = os.path.join(d, 'mixed.py')
    open(mixed, 'w').write(MIXED)
    rc, out, err = run('run', mixed, 'good', '4')
    check('lazy: good runs', rc == 0 and out == cpython(MIXED, 'good', 4) + '\n', (rc, out, err))
    rc, out, err = run('run', mixed, 'bad', '4')
    check('lazy: bad fails', rc == 2 and err.startswith(mixed + ':5:') and 'list comprehension' in err,
          (rc, err))
    rc, out, err = run('dump', '--emit=types', mixed, 'bad', '--sig', 'int64')
    check('lazy: bad dump', rc == 2 and err.startswith(mixed + ':5:'), (rc, err))
    rc, out, err = run('check', mixed)
    check('lazy: check reports all', rc == 2 and err.startswith(mixed + ':5:')
          and (mixed + ':13:') in err and 'good' not in err, (rc, err))

    rc, out, err = run('run', k, 'fib', '25', '--bench', '3')
    check('bench stdout', rc == 0 and out == cpython(KERNEL, 'fib', 25) + '\n', (rc, out))
    check('bench lines', re.fullmatch(r'compile_ms: [0-9.]+\nrun_ms_min: [0-9.]+\nrun_ms_median: [0-9.]+\n', err) is not None, err)
    rc, out, err = run('run', '--time', '-O', '1', k, 'fib', '5')
    for phase in ('parse_ms', 'infer_ms', 'lower_ms', 'opt_ms', 'mc_ms', 'total_ms'):
        check('--time ' + phase, re.search('^%s: [0-9.]+$' % phase, err, re.M) is not None, err)

    for emit, needle in (('bytecode', 'RETURN'), ('types', 'int64'), ('llvm', 'define'),
                         ('llvm-opt', 'define'), ('asm', 'fib')):
        rc, out, err = run('dump', '--emit=' + emit, k, 'fib', '--sig', 'int64')
        check('dump ' + emit, rc == 0 and needle in out, (rc, err))
    rc, out, err = run('dump', '--emit=types', k, 'show', '3', '(1, 2.0)')
    check('dump with args', rc == 0 and out, (rc, err))

    for args in (['run', k, 'fib', '99999999999999999999'], ['run', k, 'fib', 'abc'],
                 ['run', k], ['bogus'], [], ['run', k, 'fib', '1', '2'], ['-O', '7', 'run', k, 'fib', '1'],
                 ['dump', '--emit=xyz', k, 'fib', '1'], ['run', '--bench', 'x', k, 'fib', '1']):
        rc, out, err = run(*args)
        check('usage %r' % args, rc == 64 and err.startswith('pyjit: error: '), (rc, err))
    rc, out, err = run('run', k, 'fib', '99999999999999999999')
    check('int64 message', 'integer argument out of range for int64' in err, err)
    rc, out, err = run('run', os.path.join(d, 'missing.py'), 'f')
    check('missing file', rc == 2 and 'No such file' in err, (rc, err))
    rc, out, err = run('run', k, 'nosuch')
    check('missing function', rc == 2, (rc, err))

    rc, out, err = run('--version')
    check('version', rc == 0 and re.match(r'pyjit \d+\.\d+\.\d+ \(LLVM 19', out), out)
    rc, out, err = run('--help')
    check('help', rc == 0 and 'usage:' in out and '--bench' in out, out)

for f in failures:
    print('FAIL', f)
print('%d failures' % len(failures))
sys.exit(1 if failures else 0)

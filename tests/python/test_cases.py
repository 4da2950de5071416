"""Every golden case of tests/cases/*.py through pyjit.jit: the result (repr),
printed output and exception must equal the expectation CPython generated
(.expected) and what the same undecorated function does under CPython now."""
import glob
import os
import sys

import pytest

import pyjit
from conftest import (CASES_DIR, exc_line, load_case_module, parse_cli_literal, read_jsonl,
                      topic_marks)

# The same formatting the expectations were generated with (arrays as
# repr(a.tolist()), NumPy scalars as NumPy 1.24 prints them).
sys.path.insert(0, os.path.dirname(CASES_DIR))
from gen_expected import format_result  # noqa: E402


def collect():
    params = []
    for exp in sorted(glob.glob(os.path.join(CASES_DIR, "*.expected"))):
        src = exp[:-len(".expected")] + ".py"
        if not os.path.exists(src):
            continue
        topic = os.path.basename(src)[:-3]
        seen = {}
        for entry in read_jsonl(exp):
            ident = "%s:%s(%s)" % (topic, entry["func"], ", ".join(entry["args"]))
            seen[ident] = seen.get(ident, 0) + 1
            if seen[ident] > 1:
                ident += "#%d" % seen[ident]
            params.append(pytest.param(src, entry, id=ident, marks=topic_marks(topic)))
    return params


def jitted(mod, name):
    f = getattr(mod, name)
    if isinstance(f, pyjit.Dispatcher):
        return f, f.py_func
    # An undecorated helper called as an entry point: jit it here.
    pf = getattr(f, "py_func", f)
    return pyjit.jit(pf), pf


def run(f, args, capfd):
    capfd.readouterr()
    try:
        r = f(*args)
        out = None
    except Exception as e:  # noqa: BLE001 — the exception is the result
        r, out = None, exc_line(e)
    sys.stdout.flush()
    printed = capfd.readouterr().out
    return r, out, printed


def assert_same_types(r, cr):
    """Arrays: the same dtype. NumPy scalars other than int64/float64/bool
    (float32, int32, uint8 ...): the same NumPy type; int64/float64/bool
    come back as Python int/float/bool, as with Numba. Tuples item by item."""
    if isinstance(cr, tuple):
        assert isinstance(r, tuple) and len(r) == len(cr)
        for x, cx in zip(r, cr):
            assert_same_types(x, cx)
        return
    if hasattr(cr, "ndim") and hasattr(cr, "tolist") and cr.ndim > 0:
        assert getattr(r, "dtype", None) == cr.dtype
        return
    np = sys.modules.get("numpy")
    if np is not None and isinstance(cr, np.generic):
        dt = cr.dtype  # (np.longlong is another type with int64's dtype)
        if dt == np.bool_:
            assert type(r) is bool
        elif dt == np.int64:
            assert type(r) is int
        elif dt == np.float64:
            assert type(r) is float
        else:
            assert isinstance(r, np.generic) and r.dtype == dt, "%r (%s) vs CPython %r (%s)" % (
                r, type(r).__name__, cr, type(cr).__name__)


@pytest.mark.parametrize("src,entry", collect())
def test_case(src, entry, capfd):
    mod = load_case_module(src)
    f, py_func = jitted(mod, entry["func"])
    args = tuple(parse_cli_literal(a) for a in entry["args"])
    r, exc, printed = run(f, args, capfd)
    # 1. against the generated expectation
    if "result" in entry:
        assert exc is None, "raised %s, expected %s" % (exc, entry["result"])
        assert format_result(r) == entry["result"]
    else:
        assert exc == entry["exception"]
    assert printed == entry["stdout"]
    # 2. against CPython, live
    cr, cexc, cprinted = run(py_func, args, capfd)
    if cexc is None:
        assert exc is None and format_result(r) == format_result(cr)
        assert_same_types(r, cr)
    else:
        assert exc == cexc
    assert printed == cprinted

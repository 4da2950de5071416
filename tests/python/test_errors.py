"""Programs pyjit must reject (tests/errors/*.py, kind "reject") raise
pyjit.TypingError (or UnsupportedError, a subclass) through `import pyjit`,
with pyjit's diagnostic: first line FILE:LINE:COL: error: ... at the expected
line and column of the user's file. (Kind "syntax" files do not even import
under CPython: CPython's own SyntaxError is the behaviour there.)"""
import glob
import os
import re

import pytest

import pyjit
from conftest import ERRORS_DIR, load_case_module, parse_cli_literal, read_jsonl, topic_marks


def collect():
    params = []
    for exp in sorted(glob.glob(os.path.join(ERRORS_DIR, "*.expected"))):
        src = exp[:-len(".expected")] + ".py"
        entries = read_jsonl(exp)
        if not entries or entries[0].get("kind") != "reject" or not os.path.exists(src):
            continue
        name = os.path.basename(src)[:-3]
        params.append(pytest.param(src, entries[0], id=name, marks=topic_marks(name)))
    return params


# Whole-module rules of the CLI that Python does differently, by design: Python
# applies decorators itself, and a dispatcher compiles only the function it
# calls and its callees (as Numba does). Each gets its Python behaviour checked.
def _other_jit_fn(src):
    assert load_case_module(src).ok(3) == 4  # the broken function is never compiled


def _unknown_decorator(src):
    assert load_case_module(src).f(3) == 3  # my_cache ran under CPython and returned the function


def _unknown_decorator_call(src):
    # @jit over an lru_cache wrapper (not a function) fails at import, as in Numba
    with pytest.raises(TypeError, match="expected a Python function"):
        load_case_module(src)


PYTHON_BEHAVIOUR = {
    "construct_other_jit_fn": _other_jit_fn,
    "construct_unknown_decorator": _unknown_decorator,
    "construct_unknown_decorator_call": _unknown_decorator_call,
}


@pytest.mark.parametrize("src,entry", collect())
def test_reject(src, entry):
    name = os.path.basename(src)[:-3]
    if name in PYTHON_BEHAVIOUR:
        PYTHON_BEHAVIOUR[name](src)
        return
    mod = load_case_module(src)
    func, *args = entry["call"]
    f = getattr(mod, func)
    if not isinstance(f, pyjit.Dispatcher):
        f = pyjit.jit(getattr(f, "py_func", f))
    args = [parse_cli_literal(a) for a in args]
    with pytest.raises(pyjit.TypingError) as info:
        f(*args)
    text = str(info.value)
    first = text.splitlines()[0]
    m = re.match(r"^(.*):(\d+):(\d+): error: (.*)$", first)
    assert m, "not FILE:LINE:COL: error: ...: %r" % first
    assert os.path.abspath(m.group(1)) == os.path.abspath(src)
    assert "%s:%s" % (m.group(2), m.group(3)) == entry["at"], text
    for want in entry.get("error", []):
        assert want in text
    # the structured location too
    assert info.value.lineno == int(m.group(2))
    assert os.path.abspath(info.value.filename) == os.path.abspath(src)

"""Shared helpers of the pytest suite of `import pyjit` (docs/python.md).

Run: PYTHONPATH=<builddir>/python /usr/bin/python3 -m pytest tests/python
(meson test -C <builddir> python does exactly that)."""
import importlib.util
import json
import math
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
CASES_DIR = os.path.join(TESTS, "cases")
ERRORS_DIR = os.path.join(TESTS, "errors")

import pyjit  # noqa: E402  (fails loudly when PYTHONPATH is wrong)

_loaded = {}


def pytest_configure(config):
    # meson: `python` runs -m "not arrays", `python-arrays` runs -m arrays
    # (the array topics of issue 3 land separately, as tests/cases does).
    config.addinivalue_line("markers", "arrays: needs the compiler's array support (issue 3)")


def topic_marks(topic):
    return [pytest.mark.arrays] if topic.startswith("array") else []


def load_case_module(path):
    """Imports a case file as its own module with `numba` meaning pyjit, so
    `from numba import njit` cases go through pyjit too. Cached per path."""
    if path in _loaded:
        return _loaded[path]
    name = "pyjit_case_" + os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    saved = sys.modules.get("numba")
    sys.modules["numba"] = pyjit
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        if saved is None:
            del sys.modules["numba"]
        else:
            sys.modules["numba"] = saved
    _loaded[path] = mod
    return mod


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip() and not l.startswith("#")]


def parse_cli_literal(text):
    return eval(text, {"__builtins__": {}, "inf": math.inf, "nan": math.nan})


def exc_line(e):
    """CPython's last traceback line for an exception: `Type: message` or `Type`."""
    msg = str(e)
    return "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__

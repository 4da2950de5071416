#!/usr/bin/python3
"""Generates the expectations of the golden end-to-end tests from CPython.

tests/cases/<topic>.py (kernels + CASES) -> tests/cases/<topic>.expected
tests/errors/<name>.py (headers)         -> tests/errors/<name>.expected
The reference is /usr/bin/python3 (CPython 3.11 with numpy): the script
re-executes itself under it. `--check` regenerates in memory and fails on any
difference (exit 77 = skipped when /usr/bin/python3 does not exist). Formats:
tests/cases/README.md.
"""
import argparse
import ast
import importlib.util
import io
import json
import math
import os
import sys
import traceback
import types
import warnings

REFERENCE = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
ERRORS_DIR = os.path.join(HERE, "errors")
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Exceptions that mean the case itself is broken (typo, unbound variable...),
# never an expectation a kernel may have.
CASE_BUGS = (NameError, AttributeError, RecursionError, ImportError, SyntaxError)


class CaseError(Exception):
    """A case file or error file that cannot yield a trustworthy expectation."""


def reexec_under_reference(check):
    if os.path.realpath(sys.executable) == os.path.realpath(REFERENCE):
        return
    if not os.path.exists(REFERENCE):
        if check:
            print("gen_expected: %s not found: skipped" % REFERENCE)
            sys.exit(77)
        sys.exit("gen_expected: the reference %s is required" % REFERENCE)
    os.execv(REFERENCE, [REFERENCE, os.path.abspath(__file__)] + sys.argv[1:])


# ---- stub pyjit / numba modules: every decorator is the identity ----

def _jit(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    for a in args:  # eager signatures: strings (or lists of strings)
        if not isinstance(a, (str, list, tuple)):
            raise CaseError("unexpected decorator argument %r" % (a,))
    return lambda f: f


def install_stubs():
    for name in ("pyjit", "numba"):
        mod = types.ModuleType(name)
        mod.jit = mod.njit = _jit
        mod.prange = range  # Numba's prange: the iterations of range()
        sys.modules[name] = mod


# ---- values ----

def is_cli_value(v):
    if v is None or isinstance(v, (bool, int, float)):
        return True
    if isinstance(v, tuple):
        return all(is_cli_value(x) for x in v)
    return False


def cli_literal(v):
    """The CLI literal for v: repr() of ints, floats (inf, nan), bools, None, tuples."""
    return repr(v)


def same_value(a, b):
    """a and b are the same CLI value: types, reprs and float signs (-nan) agree."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, float):
        return repr(a) == repr(b) and math.copysign(1.0, a) == math.copysign(1.0, b)
    return a == b


# ---- results: scalars, tuples, NumPy scalars and arrays ----

# The array dtypes pyjit has (issue 3); a result array of another dtype
# (float16, complex, object...) has no pyjit counterpart.
ARRAY_DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
                "uint32", "uint64", "float32", "float64")


def _numpy():
    """numpy if a case module imported it, else None (scalar cases never load it)."""
    return sys.modules.get("numpy")


def result_problem(v):
    """Why v cannot be a case result, or None: ints (int64), floats, bools,
    None, NumPy scalars and arrays of ARRAY_DTYPES (ndim >= 1), tuples of these."""
    np = _numpy()
    if v is None or isinstance(v, (bool, float)):
        return None
    if isinstance(v, int):
        return None if out_of_int64(v) is None else "int %d is outside int64" % v
    if isinstance(v, tuple):
        for x in v:
            p = result_problem(x)
            if p:
                return p
        return None
    if np is not None and isinstance(v, np.ndarray):
        if v.ndim == 0:
            return "a 0-d array (pyjit arrays have ndim >= 1)"
        if v.dtype.name not in ARRAY_DTYPES:
            return "an array of dtype %s" % v.dtype.name
        return None
    if np is not None and isinstance(v, np.generic):
        if v.dtype.name not in ARRAY_DTYPES:
            return "a NumPy scalar of dtype %s" % v.dtype.name
        return None
    return "%r is not an int/float/bool/None/tuple/NumPy scalar/array" % (v,)


def format_result(v):
    """What `pyjit run` prints for the result v: repr() for Python values;
    NumPy scalars as NumPy 1.24's repr (np.float32(0.1) -> 0.1, np.int32(3)
    -> 3, np.bool_ -> True/False; the same text as the Python int/bool, and
    for float64 as the Python float); arrays as repr(a.tolist()) (nested
    lists of Python ints/floats/bools: float32 elements show as float64,
    0.10000000149011612); tuples as CPython prints them with every item
    formatted by these rules (an array inside shows as its tolist() repr)."""
    np = _numpy()
    if isinstance(v, tuple):
        items = [format_result(x) for x in v]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if np is not None and isinstance(v, np.ndarray):
        return repr(v.tolist())
    if np is not None and isinstance(v, np.generic):
        if isinstance(v, np.bool_):
            return repr(bool(v))
        if isinstance(v, np.integer):
            return repr(int(v))
        if isinstance(v, np.float64):
            return repr(float(v))
        return repr(v)  # np.float32: NumPy's shortest repr
    return repr(v)


# NumPy scalar arithmetic warns and returns inf/nan/0 where Python (and
# pyjit, following Python's error model like Numba) raises
# ZeroDivisionError, or ValueError for a negative float to a fractional
# power (Python: a complex number): a case must not depend on it.
DIVERGING_WARNINGS = ("divide by zero", "invalid value encountered in divide",
                      "invalid value encountered in scalar divide",
                      "invalid value encountered in floor_divide",
                      "invalid value encountered in scalar floor_divide",
                      "invalid value encountered in remainder",
                      "invalid value encountered in scalar remainder",
                      "invalid value encountered in power",
                      "invalid value encountered in scalar power")


def diverging_warning(caught):
    for w in caught:
        msg = str(w.message)
        if any(d in msg for d in DIVERGING_WARNINGS):
            return "NumPy warns %r where pyjit raises (Python's error model)" % msg
    return None


def parse_cli_literal(text):
    return eval(text, {"__builtins__": {}, "inf": math.inf, "nan": math.nan})


def out_of_int64(v):
    """First int in v (recursively through tuples) outside int64, else None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if not INT64_MIN <= v <= INT64_MAX else None
    if isinstance(v, tuple):
        for x in v:
            bad = out_of_int64(x)
            if bad is not None:
                return bad
    return None


class Int64Watch:
    """sys.settrace hook: checks every local variable (at each line and
    return) and every return value of code defined in `filename` for ints
    outside int64 — the intermediates a case cannot see from outside."""

    def __init__(self, filename):
        self.filename = filename
        self.bad = None

    def _check(self, frame, what, value):
        if self.bad is None:
            b = out_of_int64(value)
            if b is not None:
                self.bad = "%s in %s() line %d is %d, outside int64" % (
                    what, frame.f_code.co_name, frame.f_lineno, b)

    def __call__(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        if event in ("line", "return"):
            for k, v in frame.f_locals.items():
                self._check(frame, "local '%s'" % k, v)
        if event == "return":
            self._check(frame, "return value", arg)
        return self


def last_traceback_line(e):
    return traceback.format_exception_only(type(e), e)[-1].rstrip("\n")


class Int64Overflow(BaseException):
    """An int outside int64 appeared: the case has no pyjit-comparable answer.
    A BaseException so the kernels' own exception expectations cannot swallow it."""


def _int64_check(value, where):
    bad = out_of_int64(value)
    if bad is not None:
        raise Int64Overflow("%s evaluates to %d, outside int64" % (where, bad))
    return value


class WrapIntResults(ast.NodeTransformer):
    """Wraps every operator and call result in _int64_check(value, "line:col"),
    so intermediates that are never stored in a variable are checked too."""

    def _wrap(self, node):
        self.generic_visit(node)
        where = ast.Constant("expression at line %d col %d" % (node.lineno, node.col_offset + 1))
        call = ast.Call(ast.Name("__int64_check__", ast.Load()), [node, where], [])
        return ast.copy_location(call, node)

    visit_BinOp = visit_UnaryOp = visit_Call = _wrap

    def visit_FunctionDef(self, node):
        # leave decorators alone: jit(...) returns a function, not a number
        node.decorator_list = [d for d in node.decorator_list]
        for field in ("args", "body", "returns"):
            value = getattr(node, field)
            if isinstance(value, list):
                setattr(node, field, [self.visit(x) for x in value])
            elif value is not None:
                setattr(node, field, self.visit(value))
        return node


def load_module(path, modname, check_ints=False):
    install_stubs()
    spec = importlib.util.spec_from_file_location(modname, path)
    mod = importlib.util.module_from_spec(spec)
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        if check_ints:
            tree = WrapIntResults().visit(ast.parse(open(path, encoding="utf-8").read(), path))
            ast.fix_missing_locations(tree)
            mod.__dict__["__int64_check__"] = _int64_check
            try:
                exec(compile(tree, path, "exec"), mod.__dict__)
            except Int64Overflow as e:
                raise CaseError("%s at import time: %s" % (path, e)) from None
        else:
            spec.loader.exec_module(mod)
        if sys.stdout.getvalue():
            raise CaseError("%s prints at import time" % path)
    finally:
        sys.stdout = old
    return mod


def run_case(path, mod, fname, args):
    fn = getattr(mod, fname, None)
    if not isinstance(fn, types.FunctionType) or fn.__code__.co_filename != path:
        raise CaseError("no function %r defined in the file" % fname)
    watch = Int64Watch(path)
    buf = io.StringIO()
    old = sys.stdout
    sys.stdout = buf
    sys.settrace(watch)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            try:
                result, exc = fn(*args), None
            except Int64Overflow as e:
                raise CaseError(str(e)) from None
            except CASE_BUGS:
                raise
            except Exception as e:  # the expectation is this exception
                result, exc = None, e
        finally:
            sys.settrace(None)
            sys.stdout = old
    if watch.bad:
        raise CaseError(watch.bad)
    bad_warning = diverging_warning(caught)
    if bad_warning:
        raise CaseError(bad_warning)
    entry = {"func": fname, "args": [cli_literal(a) for a in args], "stdout": buf.getvalue()}
    if exc is not None:
        if type(exc).__module__ != "builtins":
            raise CaseError("raises non-builtin exception %r" % exc)
        entry["exception"] = last_traceback_line(exc)
    else:
        problem = result_problem(result)
        if problem:
            raise CaseError("result: " + problem)
        entry["result"] = format_result(result)
    return entry


def gen_case_file(path):
    """Returns the text of <topic>.expected for the case file at path."""
    topic = os.path.splitext(os.path.basename(path))[0]
    mod = load_module(path, "case_" + topic, check_ints=True)
    cases = getattr(mod, "CASES", None)
    if not isinstance(cases, list) or not cases:
        raise CaseError("%s: no CASES list" % path)
    seen = set()
    lines = ["# generated by tests/gen_expected.py from %s.py under CPython %s: do not edit"
             % (topic, sys.version.split()[0])]
    for i, case in enumerate(cases):
        where = "%s: CASES[%d] %r" % (path, i, case)
        if (not isinstance(case, tuple) or len(case) != 2 or not isinstance(case[0], str)
                or not isinstance(case[1], tuple)):
            raise CaseError(where + ": expected (\"func\", (args...))")
        fname, args = case
        if not all(is_cli_value(a) for a in args):
            raise CaseError(where + ": arguments must be ints, floats, bools, None or tuples")
        for a in args:
            if not same_value(parse_cli_literal(cli_literal(a)), a):
                raise CaseError(where + ": %r does not survive as the CLI literal %r"
                                % (a, cli_literal(a)))
        for a in args:
            bad = out_of_int64(a)
            if bad is not None:
                raise CaseError(where + ": argument %d is outside int64" % bad)
        key = (fname, tuple(cli_literal(a) for a in args))
        if key in seen:
            raise CaseError(where + ": duplicate case")
        seen.add(key)
        try:
            entry = run_case(os.path.abspath(path), mod, fname, args)
        except CaseError as e:
            raise CaseError("%s: %s" % (where, e)) from None
        except CASE_BUGS as e:
            raise CaseError("%s: case bug: %s" % (where, last_traceback_line(e))) from None
        lines.append(json.dumps(entry))
    return "\n".join(lines) + "\n", len(cases)


# ---- rejected programs ----

HEADER_KEYS = ("call", "error-at", "construct", "error", "syntax-error", "cpython-raises")


def parse_headers(src, path):
    hdr = {}
    for line in src.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        key, sep, val = body.partition(":")
        key = key.strip()
        if key == "syntax-error" and not sep:
            hdr[key] = True
        elif sep and key == "error":  # may repeat: every substring must appear
            hdr.setdefault(key, []).append(val.strip())
        elif sep and key in HEADER_KEYS:
            hdr[key] = val.strip()
    if "call" not in hdr or not hdr["call"].split():
        raise CaseError("%s: missing '# call: FUNC ARGS...'" % path)
    return hdr


def find_construct(tree, name, line, col):
    cls = getattr(ast, name, None)
    if not (isinstance(cls, type) and issubclass(cls, ast.AST)):
        raise CaseError("unknown ast node class %r" % name)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, cls) and getattr(node, "lineno", None) == line:
            found.append(node.col_offset + 1)
    return col in found, found


def gen_error_file(path):
    src = open(path, encoding="utf-8").read()
    hdr = parse_headers(src, path)
    call = hdr["call"].split()
    entry = {"call": call}
    syntax = None
    try:
        compile(src, path, "exec")
    except SyntaxError as e:
        syntax = e
    if hdr.get("syntax-error"):
        if syntax is None:
            raise CaseError("%s: '# syntax-error' but CPython compiles it" % path)
        if "error-at" in hdr:
            raise CaseError("%s: syntax errors take their location from CPython" % path)
        entry["kind"] = "syntax"
        entry["at"] = "%d:%d" % (syntax.lineno, syntax.offset)
        entry["cpython"] = "%s: %s" % (type(syntax).__name__, syntax.msg)
        if "error" in hdr:
            entry["error"] = hdr["error"]
        return json.dumps(entry) + "\n"
    if syntax is not None:
        raise CaseError("%s: CPython says %s at %d:%d; add '# syntax-error'"
                        % (path, syntax.msg, syntax.lineno, syntax.offset))
    for k in ("error-at", "construct", "error"):
        if k not in hdr:
            raise CaseError("%s: missing '# %s:'" % (path, k))
    try:
        line, col = (int(x) for x in hdr["error-at"].split(":"))
    except ValueError:
        raise CaseError("%s: bad error-at %r" % (path, hdr["error-at"])) from None
    ok, cols = find_construct(ast.parse(src), hdr["construct"], line, col)
    if not ok:
        raise CaseError("%s: no %s at %d:%d (CPython's ast has it at columns %s of line %d)"
                        % (path, hdr["construct"], line, col, cols, line))
    if "cpython-raises" in hdr:
        # The program is an error in Python too: calling it raises this type.
        mod = load_module(os.path.abspath(path), "err_" + os.path.basename(path)[:-3])
        args = [parse_cli_literal(a) for a in call[1:]]
        try:
            getattr(mod, call[0])(*args)
        except Exception as e:
            if type(e).__name__ != hdr["cpython-raises"]:
                raise CaseError("%s: CPython raises %s, not %s"
                                % (path, last_traceback_line(e), hdr["cpython-raises"]))
        else:
            raise CaseError("%s: CPython does not raise %s" % (path, hdr["cpython-raises"]))
    entry["kind"] = "reject"
    entry["at"] = "%d:%d" % (line, col)
    entry["error"] = hdr["error"]
    return json.dumps(entry) + "\n"


# ---- driver ----

def sources(directory):
    return sorted(os.path.join(directory, f) for f in os.listdir(directory)
                  if f.endswith(".py") and not f.startswith("_"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate in memory and fail on any difference")
    ap.add_argument("files", nargs="*", help="only these case/error files")
    opts = ap.parse_args()
    reexec_under_reference(opts.check)
    sys.setrecursionlimit(20000)  # pyjit has no recursion limit; deep cases are fine

    jobs = [(p, "case") for p in sources(CASES_DIR)] + [(p, "error") for p in sources(ERRORS_DIR)]
    if opts.files:
        wanted = {os.path.abspath(f) for f in opts.files}
        jobs = [j for j in jobs if j[0] in wanted]
    problems, differ, ncases, nerrors = [], [], 0, 0
    for path, kind in jobs:
        out_path = path[:-3] + ".expected"
        try:
            if kind == "case":
                text, n = gen_case_file(path)
                ncases += n
            else:
                text = gen_error_file(path)
                nerrors += 1
        except CaseError as e:
            problems.append(str(e))
            continue
        old = open(out_path, encoding="utf-8").read() if os.path.exists(out_path) else None
        if opts.check:
            # The first line names the CPython version: compare the entries only.
            strip = lambda t: [l for l in (t or "").splitlines() if not l.startswith("#")]
            if strip(old) != strip(text):
                differ.append(out_path)
        elif old != text:
            with open(out_path, "w", encoding="utf-8") as f:
                f.write(text)
    if not opts.files:  # stale expectations whose source is gone
        for d in (CASES_DIR, ERRORS_DIR):
            for f in os.listdir(d):
                if f.endswith(".expected") and not os.path.exists(os.path.join(d, f[:-9] + ".py")):
                    problems.append("%s: no matching .py" % os.path.join(d, f))
    for p in problems:
        print("error: " + p)
    for d in differ:
        print("differs from CPython: %s (run tests/gen_expected.py)" % d)
    print("%d cases, %d rejected programs, %d problems, %d files differ"
          % (ncases, nerrors, len(problems), len(differ)))
    sys.exit(1 if problems or differ else 0)


if __name__ == "__main__":
    main()

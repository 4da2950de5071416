"""pyjit.source — a Python function + its __globals__ → the text of one pyjit
module: the function (and every function it calls) at its original line
numbers in its file, so diagnostics point at the user's file and line; then
the globals it reads, frozen as module-level constants / imports.
"""
import ast
import dis
import inspect
import keyword
import linecache
import math
import sys
import textwrap
import types

from . import _pyjit

_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1

_module_attr_cache = {}


class SourceError(Exception):
    """The function cannot be turned into pyjit source (no source, lambda...)."""


def _module_attrs(modname):
    """{id(obj): attr} of the callables of math / numpy (for `from m import f as g`)."""
    if modname not in _module_attr_cache:
        mod = sys.modules.get(modname)
        table = {}
        if mod is not None:
            # the module's own dict, not dir()+getattr: numpy's lazy
            # __getattr__ would import numpy.testing (unittest, ...) on the
            # first compile, ~30 ms
            for attr, v in list(vars(mod).items()):
                if attr.startswith("_"):
                    continue
                # numpy's types too (float32, int16: dtype arguments)
                if callable(v) and (modname == "numpy" or not isinstance(v, type)):
                    # the canonical name when an object has aliases (double, float_)
                    if id(v) not in table or attr == getattr(v, "__name__", None):
                        table[id(v)] = (attr, v)
        _module_attr_cache[modname] = table
    return _module_attr_cache[modname]


def literal(v):
    """Source text of a frozen constant, or None if it cannot be frozen."""
    if v is None:
        return "None"
    if isinstance(v, bool):
        return "True" if v else "False"
    np = sys.modules.get("numpy")
    if np is not None and isinstance(v, np.generic):
        if isinstance(v, np.bool_):
            return "True" if v else "False"
        if isinstance(v, np.integer):
            v = int(v)
        elif isinstance(v, np.floating):
            v = float(v)
        else:
            return None
    if isinstance(v, int):
        return repr(int(v)) if _INT64_MIN < v <= _INT64_MAX else (
            "(-9223372036854775807 - 1)" if v == _INT64_MIN else None)
    if isinstance(v, float):
        if math.isnan(v):
            return "(1e999 - 1e999)"
        if math.isinf(v):
            return "1e999" if v > 0 else "(-1e999)"
        return repr(float(v))
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, tuple):
        items = [literal(x) for x in v]
        if any(x is None for x in items):
            return None
        if len(items) == 1:
            return "(%s,)" % items[0]
        return "(%s)" % ", ".join(items)
    return None


def _code_names(code):
    """Names the code (and nested code: comprehensions, inner defs) reads as globals."""
    names = {i.argval for i in dis.get_instructions(code)
             if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            names |= _code_names(c)
    return names


def _underlying(v):
    """The Python function behind a pyjit/Numba dispatcher or a plain function."""
    if isinstance(v, _pyjit.Dispatcher):
        return v.py_func
    if isinstance(v, types.FunctionType):
        return v
    pf = getattr(v, "py_func", None)  # a Numba dispatcher
    if isinstance(pf, types.FunctionType):
        return pf
    return None


def _fast_source(func):
    """(lines, first line) of a def by indentation, without inspect's tokenizer
    (whose first use costs ~20 ms); (None, 0) when unsure, then inspect decides."""
    code = func.__code__
    all_lines = linecache.getlines(code.co_filename, func.__globals__)
    first = code.co_firstlineno  # the first decorator's line
    if not all_lines or first < 1 or first > len(all_lines):
        return None, 0
    i = first - 1
    indent = len(all_lines[i]) - len(all_lines[i].lstrip())
    while i < len(all_lines) and not all_lines[i].lstrip().startswith(("def ", "async def ")):
        i += 1
    if i == len(all_lines):
        return None, 0
    end = i + 1
    while end < len(all_lines):
        l = all_lines[end]
        t = l.strip()
        if t and not t.startswith("#") and len(l) - len(l.lstrip()) <= indent:
            break
        end += 1
    while end > i + 1 and (not all_lines[end - 1].strip()
                           or all_lines[end - 1].lstrip().startswith("#")):
        end -= 1
    # Every line the code object has must be inside the block.
    last = max((ln for _, _, ln in code.co_lines() if ln is not None), default=first)
    if last > end:
        return None, 0
    lines = all_lines[first - 1:end]
    try:
        tree = ast.parse(textwrap.dedent("".join(lines)))
    except SyntaxError:
        return None, 0
    if len(tree.body) != 1 or not isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)) \
            or tree.body[0].name != func.__name__:
        return None, 0
    return lines, first


class _Unit:
    def __init__(self, func, name):
        self.func, self.name = func, name
        if func.__name__ == "<lambda>":
            raise SourceError("pyjit cannot compile a lambda (%s:%d): use a def"
                              % (func.__code__.co_filename, func.__code__.co_firstlineno))
        lines, start = _fast_source(func)
        if lines is None:
            try:
                lines, start = inspect.getsourcelines(func)
            except (OSError, TypeError) as e:
                raise SourceError("pyjit needs the source of %s() (inspect.getsource: %s)"
                                  % (func.__qualname__, e)) from None
        if func.__name__ == "<lambda>":
            raise SourceError("pyjit cannot compile a lambda (%s:%d): use a def"
                              % (func.__code__.co_filename, func.__code__.co_firstlineno))
        text = textwrap.dedent("".join(lines))
        self.lines = text.splitlines()
        self.start = start  # 1-based line of lines[0] in the file
        self.file = func.__code__.co_filename
        try:
            tree = ast.parse(text)
        except SyntaxError:
            tree = None  # the compiler reports it, at the right line
        def_index = 0
        if tree is not None and tree.body and isinstance(
                tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)):
            def_index = tree.body[0].lineno - 1
        else:
            for i, l in enumerate(self.lines):
                if l.lstrip().startswith(("def ", "async def ")):
                    def_index = i
                    break
        # Decorators become blank lines: the compiler sees a plain def.
        for i in range(def_index):
            self.lines[i] = ""
        self.def_index = def_index
        if name != func.__name__:
            d = self.lines[def_index]
            self.lines[def_index] = d.replace("def %s" % func.__name__, "def %s" % name, 1)


def build(root_func, decorator, filename=None):
    """(module source, file name) for root_func decorated with `decorator`
    (e.g. '@jit(fastmath=True)'), with the functions it calls and its globals."""
    units = []
    by_func = {}
    bindings = {}  # name -> (value, text) ; text None = a unit
    binding_from = {}
    queue = [(root_func, root_func.__name__)]
    while queue:
        func, name = queue.pop(0)
        key = (id(func), name)
        if key in by_func:
            continue
        try:
            unit = _Unit(func, name)
        except SourceError as e:
            if func is root_func:
                raise
            # Only an error if jitted code really calls it.
            bindings[name] = (func, "%s = object()  # %s" % (name, str(e).replace("\n", " ")))
            continue
        by_func[key] = unit
        units.append(unit)
        bindings.setdefault(name, (func, None))
        scope = dict(func.__globals__)
        # Closure variables are frozen like globals (as Numba does).
        if func.__closure__:
            for var, cell in zip(func.__code__.co_freevars, func.__closure__):
                try:
                    scope[var] = cell.cell_contents
                except ValueError:
                    pass
            names = _code_names(func.__code__) | set(func.__code__.co_freevars)
        else:
            names = _code_names(func.__code__)
        for n in sorted(names):
            # (pytest's assertion rewriting adds globals like '@pytest_ar')
            if n not in scope or not n.isidentifier() or keyword.iskeyword(n):
                continue
            v = scope[n]
            text = None
            # numpy's own functions are Python functions too (linspace):
            # they stay imports, never units to compile.
            f = None if _library_text(n, v) else _underlying(v)
            if f is not None:
                if (id(f), n) not in by_func:
                    queue.append((f, n))
                value = f
            else:
                value = v
                text = _binding_text(n, v)
            if n in bindings:
                old = bindings[n][0]
                same = old is value or (text is not None and bindings[n][1] == text)
                if not same:
                    raise SourceError(
                        "pyjit compiles %s() and the functions it calls as one module, but the "
                        "global name '%s' means different things in %s() and %s()"
                        % (root_func.__name__, n, binding_from.get(n, "?"), func.__name__))
                continue
            bindings[n] = (value, text)
            binding_from[n] = func.__name__

    # Lay out: units of the root's file at their own lines, others after.
    file = filename or root_func.__code__.co_filename
    out = {}

    def free(lo, hi):
        return lo >= 1 and all(i not in out for i in range(lo, hi + 1))

    pending = []
    for i, u in enumerate(units):
        first = u.start
        need_dec = i == 0
        lo = first - (1 if need_dec and u.def_index == 0 else 0)
        hi = first + len(u.lines) - 1
        if u.file == file and free(lo, hi):
            _place(out, u, first, decorator if need_dec else None)
        else:
            pending.append((u, need_dec))
    line = max(out) + 2 if out else 1
    for u, need_dec in pending:
        if need_dec and u.def_index == 0:
            line += 1
        _place(out, u, line, decorator if need_dec else None)
        line = max(out) + 2
    header = []
    for n, (value, text) in bindings.items():
        if text is not None:
            header.append(text)
    end = max(out) if out else 0
    for i, h in enumerate(header):
        out[end + 2 + i] = h
    last = max(out)
    src = "\n".join(out.get(i, "") for i in range(1, last + 1)) + "\n"
    return src, file


def _place(out, unit, first, decorator):
    for k, l in enumerate(unit.lines):
        out[first + k] = l
    if decorator:
        # The line just above `def` (a blanked decorator, or a free line).
        out[first + unit.def_index - 1] = decorator


def _binding_text(name, v):
    lit = literal(v)
    if lit is not None:
        return "%s = %s" % (name, lit)
    if isinstance(v, types.ModuleType):
        mn = v.__name__
        if mn in ("math", "numpy", "pyjit", "numba"):
            return "import %s as %s" % (mn, name)
        return "%s = object()  # module %s: pyjit knows only math and numpy" % (name, mn)
    lib = _library_text(name, v)
    if lib is not None:
        return lib
    r = type(v).__name__
    return "%s = object()  # a %s: pyjit freezes only numbers, bools, strings, tuples" % (name, r)


def _library_text(name, v):
    """`from math|numpy import f as name` when v is that library's own object
    (or `from pyjit import prange` for pyjit's and Numba's prange), else None."""
    if isinstance(v, (_pyjit.Dispatcher, int, float, bool, str, tuple)) or v is None:
        return None
    if getattr(v, "__name__", None) == "prange" and \
            str(getattr(v, "__module__", "")).split(".")[0] in ("pyjit", "numba"):
        return "from pyjit import prange as %s" % name  # Numba's prange, pyjit's too
    for mn in ("math", "numpy"):
        if mn in sys.modules:
            hit = _module_attrs(mn).get(id(v))
            if hit is not None and hit[1] is v:
                return "from %s import %s as %s" % (mn, hit[0], name)
    return None

"""pyjit.dispatcher — @jit / @njit: options, eager signatures, the Python side
of the dispatcher (source → module at first compile, introspection). The call
path itself is C (pyjit._pyjit.Dispatcher): per-signature cache, direct calls.
"""
import sys
import threading
import weakref

from . import _pyjit, source
from .types import Signature, Type, from_name

# Numba's option names: what each does here (docs/python.md).
_COMPILER_OPTIONS = {"fastmath", "boundscheck", "error_model"}
_ACCEPTED_OPTIONS = {
    "nopython",  # always nopython
    "nogil",  # the GIL is always released while compiled code runs
    "cache",  # accepted; no on-disk cache yet (compiles are fast)
    "parallel",  # accepted; runs serially
    "inline",
    "looplift",
    "forceobj",  # rejected below when True
    "locals",
    "target",
    "debug",
    "no_cpython_wrapper",
    "no_cfunc_wrapper",
    "_nrt",
}

_context = None
_context_lock = threading.Lock()


def _get_context():
    global _context
    with _context_lock:
        if _context is None:
            _context = _pyjit.Context()
        return _context


_dump_kinds = {"bytecode": 0, "types": 1, "llvm": 2, "llvm-opt": 3, "asm": 4}


class _Overload:
    """One compiled specialisation (Numba: dispatcher.overloads[sig])."""

    def __init__(self, compiled):
        self._c = compiled
        self.argtypes = tuple(from_name(n) for n in compiled.argtypes)
        self.restype = from_name(compiled.restype)
        self.signature = Signature(self.restype, self.argtypes)
        self.entry_point = compiled.address

    def compile_times(self):
        return self._c.times()

    def __repr__(self):
        return "<pyjit overload %s>" % self.signature


class _Host:
    """Python helper behind a Dispatcher: turns py_func into a pyjit module at
    the first compile (globals frozen then) and answers introspection."""

    def __init__(self, py_func, options, sigs):
        self.py_func = py_func
        self.targetoptions = dict(options)
        self._sigs = sigs
        self._ref = None
        self._lock = threading.Lock()
        self._bound = False
        self.source_text = None

    def _dispatcher(self):
        d = self._ref()
        if d is None:
            raise RuntimeError("pyjit: dispatcher is gone")
        return d

    def _decorator(self):
        parts = ['"%s"' % s for s in self._sigs]
        o = self.targetoptions
        if o.get("fastmath"):
            parts.append("fastmath=True")
        if o.get("boundscheck"):
            parts.append("boundscheck=True")
        if o.get("error_model") in ("python", "numpy"):
            parts.append("error_model=%r" % o["error_model"])
        return "@jit(%s)" % ", ".join(parts) if parts else "@jit"

    def _materialize(self):
        with self._lock:
            if self._bound:
                return
            d = self._dispatcher()
            f = self.py_func
            try:
                text, filename = source.build(f, self._decorator())
            except source.SourceError as e:
                raise _pyjit.TypingError(str(e)) from None
            mod = _get_context().load(filename, text)
            self.source_text = text
            code = f.__code__
            if code.co_flags & 0x0C or code.co_kwonlyargcount:
                # *args / **kwargs / keyword-only parameters: the compiler's
                # diagnostic (file:line:col), whatever the call's arguments
                mod.check(f.__name__)
            params = code.co_varnames[:code.co_argcount]
            d._bind(mod, f.__name__, tuple(params), f.__defaults__)
            d._release_gil = bool(self.targetoptions.get("nogil")) or _may_run_long(f)
            self._bound = True

    # ---- introspection (Numba's names) ----
    @property
    def overloads(self):
        return {o.argtypes: o for o in (_Overload(c) for c in self._dispatcher()._compiled())}

    def _eager_argtypes(self):
        """Argument types of the eager signatures (compiled at decoration)."""
        ctx = _get_context()
        out = []
        for sig in self._sigs:
            inner = sig[sig.index("(") + 1:sig.rindex(")")] if "(" in sig else ""
            parts, depth, cur = [], 0, ""
            for ch in inner:
                if ch == "," and depth == 0:
                    parts.append(cur)
                    cur = ""
                    continue
                depth += ch in "([" and 1 or (-1 if ch in ")]" else 0)
                cur += ch
            if cur.strip():
                parts.append(cur)
            out.append(tuple(from_name(ctx.parse_type(p.strip())) for p in parts))
        return out

    @property
    def signatures(self):
        sigs = self._eager_argtypes()
        for o in (_Overload(c) for c in self._dispatcher()._compiled()):
            if o.argtypes not in sigs:
                sigs.append(o.argtypes)
        return sigs

    @property
    def nopython_signatures(self):
        return [o.signature for o in (_Overload(c) for c in self._dispatcher()._compiled())]

    def _dumps(self, kind, signature):
        out = {}
        for c in self._dispatcher()._compiled():
            argtypes = tuple(from_name(n) for n in c.argtypes)
            if signature is not None and not _sig_matches(signature, argtypes):
                continue
            out[argtypes] = c.dump(_dump_kinds[kind])
        if signature is not None:
            if not out:
                raise KeyError("no compiled signature %s" % (signature,))
            return next(iter(out.values()))
        return out

    def inspect_llvm(self, signature=None):
        """{argtypes: optimised LLVM IR} (or the IR of one signature)."""
        return self._dumps("llvm-opt", signature)

    def inspect_asm(self, signature=None):
        """{argtypes: host assembly} (or the assembly of one signature)."""
        return self._dumps("asm", signature)

    def inspect_bytecode(self, signature=None):
        return self._dumps("bytecode", signature)

    def inspect_types(self, file=None, signature=None, pretty=False):
        """Prints the source annotated with the inferred types, per signature."""
        texts = self._dumps("types", signature)
        if isinstance(texts, str):
            texts = {signature: texts}
        f = file if file is not None else sys.stdout
        for sig, text in texts.items():
            print("%s %s" % (self.py_func.__name__, sig), file=f)
            print("-" * 80, file=f)
            print(text, file=f)
            print("=" * 80, file=f)

    def compile_for(self, *args):
        """Compiles the specialisation for these example arguments (no call)."""
        return _Overload(self._dispatcher()._compile_for(tuple(args)))

    def __repr__(self):
        return "<pyjit dispatcher %s>" % self.py_func.__qualname__


_LOOP_OPS = {"JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_ABSOLUTE", "FOR_ITER"}


def _may_run_long(func):
    """False only for straight-line code that calls nothing but math and
    builtins: it finishes in nanoseconds, so the GIL is kept (saves ~30 ns
    per call). Loops, calls of other functions, numpy: the GIL is released."""
    import dis
    import types as pytypes

    code = func.__code__
    if any(isinstance(c, pytypes.CodeType) for c in code.co_consts):
        return True
    g = func.__globals__
    for ins in dis.get_instructions(code):
        if ins.opname in _LOOP_OPS:
            return True
        if ins.opname in ("LOAD_GLOBAL", "LOAD_DEREF", "LOAD_CLOSURE") and ins.argval in g:
            v = g[ins.argval]
            if source._underlying(v) is not None:
                return True
            mod = getattr(v, "__name__", "") if isinstance(v, pytypes.ModuleType) else (
                getattr(v, "__module__", None) or "")
            if isinstance(mod, str) and mod.split(".")[0] in ("numpy", "pyjit", "numba"):
                return True
    return False


def _sig_matches(signature, argtypes):
    if isinstance(signature, Signature):
        signature = signature.args
    if isinstance(signature, (tuple, list)):
        return tuple(str(t) for t in signature) == tuple(str(t) for t in argtypes)
    return str(signature) == str(argtypes)


def _sig_string(s):
    if isinstance(s, str):
        return s
    if isinstance(s, (Signature, Type)):
        return str(s)
    raise TypeError("pyjit: a signature is a string or a type like float64(float64, int64), "
                    "not %r" % (s,))


def _make(py_func, options, sigs):
    if not callable(py_func) or not hasattr(py_func, "__code__"):
        pf = getattr(py_func, "py_func", None)
        if pf is None:
            raise TypeError("pyjit.jit: expected a Python function, got %r" % (py_func,))
        py_func = pf
    host = _Host(py_func, options, sigs)
    d = _pyjit.Dispatcher(host, py_func.__name__)
    host._ref = weakref.ref(d)
    d.__dict__.update(
        py_func=py_func,
        __name__=py_func.__name__,
        __qualname__=py_func.__qualname__,
        __module__=py_func.__module__,
        __doc__=py_func.__doc__,
        __wrapped__=py_func,
    )
    if sigs:  # eager: compiled now, as Numba does
        host._materialize()
    return d


def jit(signature_or_function=None, locals=None, **options):
    """@jit, @jit(...), @jit("float64(float64, int64)", fastmath=True): compile a
    function to machine code per argument types (Numba's option names)."""
    for k in options:
        if k not in _COMPILER_OPTIONS and k not in _ACCEPTED_OPTIONS:
            raise TypeError("pyjit.jit: unknown option '%s'" % k)
    if options.get("forceobj"):
        raise TypeError("pyjit.jit: forceobj=True (object mode) is not supported")
    if options.get("nopython") is False:
        pass  # there is no object mode: compiled anyway
    sigs = []
    f = signature_or_function
    if f is None:
        return lambda func: _make(func, options, [])
    if isinstance(f, (str, Signature)):
        sigs = [_sig_string(f)]
    elif isinstance(f, (list, tuple)) and all(isinstance(s, (str, Signature)) for s in f):
        sigs = [_sig_string(s) for s in f]
    elif callable(f):
        return _make(f, options, [])
    else:
        raise TypeError("pyjit.jit: expected a function or signature, got %r" % (f,))
    return lambda func: _make(func, options, sigs)


def njit(*args, **kws):
    """Numba's njit: the same as jit (pyjit is always nopython)."""
    kws.pop("nopython", None)
    return jit(*args, **kws)


def prange(*args):
    """Numba's parallel range: the same iterations as range(*args). Compiled
    code runs them in order (docs/python.md); outside @jit it is range."""
    return range(*args)

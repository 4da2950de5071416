#!/usr/bin/python3
"""Generates tests/typeinfer/numpy_rules.inc: expected result types of scalar
arithmetic (NumPy 1.24 scalar rules) and of array operations, from the
reference /usr/bin/python3 (NumPy + Numba), never typed by hand.

- Scalar rows: the type of np.T1(x) OP np.T2(y), -np.T(x), abs(np.T(x)) and
  np.T(x) OP <Python int/float literal>, as NumPy computes it.
- Array rows: a kernel body run by CPython + NumPy on sample arguments
  (result dtype and ndim) and compiled by numba.njit (the array layout, 'F'
  counts as pyjit's 'A'); where Numba's scalar type differs from NumPy's
  (Numba widens int32 + int32 to int64), NumPy's wins.
`--check` regenerates in memory and fails on a difference (exit 77 when the
reference interpreter is missing).
"""
import os
import sys
import warnings

REFERENCE = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "numpy_rules.inc")

if os.path.realpath(sys.executable) != os.path.realpath(REFERENCE):
    if not os.path.exists(REFERENCE):
        print("reference interpreter missing: skipped")
        sys.exit(77)
    os.execv(REFERENCE, [REFERENCE] + sys.argv)

import numpy as np  # noqa: E402

warnings.simplefilter("ignore")

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]


def npname(t):
    return "bool" if t == np.bool_ else np.dtype(t).name


def scal(t, v):
    return np.bool_(True) if t == "bool" else np.dtype(t).type(v)


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def scalar_rows():
    rows = []
    for a in DTYPES:
        for b in DTYPES + ["int", "float"]:
            for op in BINOPS:
                if a == "bool" and b == "bool":
                    continue  # Python bool rule kept (docs/semantics.md)
                x = scal(a, 3)
                y = 2 if b == "int" else 2.0 if b == "float" else scal(b, 2)
                try:
                    r = eval("x %s y" % op)
                    want = npname(type(r))
                except TypeError:
                    want = "error"
                if b in ("int", "float"):
                    lit = "2" if b == "int" else "2.0"
                    rows.append(("def f(a):\n    return a %s %s\n" % (op, lit), "(%s)" % a, want))
                else:
                    rows.append(("def f(a, b):\n    return a %s b\n" % op, "(%s, %s)" % (a, b),
                                 want))
    for a in DTYPES:
        if a == "bool":
            continue
        for expr in ["-a", "+a", "abs(a)"] + (["~a"] if a not in ("float32", "float64") else []):
            r = eval(expr, {"a": scal(a, 3)})
            rows.append(("def f(a):\n    return %s\n" % expr, "(%s)" % a, npname(type(r))))
    return rows


# (signature, body): the body of `def f(<params>)`; parameters a, b, c, ...
ARRAY_CASES = [
    ("(float64[::1], int64)", "return a[b]"),
    ("(float64[::1],)", "return a[-1]"),
    ("(int32[:, ::1], int64)", "return a[b, 1]"),
    ("(int32[:, ::1], int64)", "return a[b][1]"),
    ("(int32[:, ::1], int64)", "return a[b]"),
    ("(int32[:, :], int64)", "return a[b]"),
    ("(uint8[:, :, ::1], int32)", "return a[b]"),
    ("(uint8[:, :, ::1], int32)", "return a[b, 1]"),
    ("(uint8[:, :, ::1], int8)", "return a[b, 1, 2]"),
    ("(float32[::1],)", "return a[1:-1]"),
    ("(float32[::1],)", "return a[::2]"),
    ("(float32[::1],)", "return a[::-1]"),
    ("(float32[::1],)", "return a[:]"),
    ("(float32[::1],)", "return a[1:3:1]", "numpy"),  # constant step 1 keeps C
    ("(float32[:],)", "return a[1:3]"),
    ("(float64[:, ::1], int64)", "return a[b, :]"),
    ("(float64[:, ::1], int64)", "return a[:, b]"),
    ("(float64[:, ::1],)", "return a[1:, 2:5]"),
    ("(float64[:, ::1],)", "return a[1:3]"),
    ("(float64[:, ::1],)", "return a[::2]"),
    ("(float64[:, ::1],)", "return a[1:3, 1]"),
    ("(float64[:, :, ::1], int64)", "return a[b, 1:2]"),
    ("(float64[:, :, ::1], int64)", "return a[b, 1:2, ::3]"),
    ("(int64[::1],)", "return a.shape"),
    ("(int64[:, ::1],)", "return a.shape"),
    ("(int64[:, :],)", "return a.strides"),
    ("(int64[:, ::1],)", "return a.size"),
    ("(int64[:, ::1],)", "return a.ndim"),
    ("(float32[:, ::1],)", "return a.itemsize"),
    ("(int16[:, ::1],)", "return a.shape[1]"),
    ("(float64[::1],)", "return len(a)"),
    ("(float64[:, ::1],)", "return a.T"),
    ("(float64[::1],)", "return a.T"),
    ("(float64[:, :],)", "return a.copy()"),
    ("(float64[:, ::1],)", "return a.reshape(3, 4)"),
    ("(float64[:, ::1],)", "return a.reshape((12,))"),
    ("(float64[::1],)", "return a.reshape((2, -1))"),
    ("(int32[:, :],)", "a.fill(7)\n    return a"),
    ("(int64,)", "return np.zeros(a)"),
    ("(int64,)", "return np.zeros((a, 3), np.int32)"),
    ("(int64,)", "return np.ones(a, dtype=np.uint8)"),
    ("(int64,)", "return np.empty((a, a, 2))"),
    ("(int64,)", "return np.zeros(a, np.float32)"),
    ("(int64,)", "return np.zeros(a, float)"),
    ("(int64,)", "return np.zeros(a, int)"),
    ("(int64,)", "return np.zeros(a, np.bool_)"),
    ("(int64,)", "return np.full(a, 7)"),
    ("(int64,)", "return np.full((a, 2), 2.5)"),
    ("(int64,)", "return np.full(a, True)"),
    ("(int64,)", "return np.full(a, 3, np.int8)"),
    ("(int32[:, :],)", "return np.zeros_like(a)"),
    ("(int32[:, :],)", "return np.ones_like(a, dtype=np.float32)"),
    ("(float32[::1],)", "return np.empty_like(a)"),
    ("(int64[::1],)", "return np.full_like(a, 2)"),
    ("(int64,)", "return np.arange(a)"),
    ("(float64,)", "return np.arange(a)"),
    ("(int64,)", "return np.arange(1, a)"),
    ("(int64,)", "return np.arange(1.0, a)"),
    ("(int64,)", "return np.arange(0, a, 2)"),
    ("(int64,)", "return np.arange(a, dtype=np.float32)"),
    ("(int32,)", "return np.arange(a)"),
    ("(int64,)", "return np.linspace(0, 1, a)"),
    ("(float64,)", "return np.linspace(0, a)"),
    ("(int64,)", "return np.zeros(a).copy()"),
    ("(int64,)", "return np.zeros((a, 4)).T"),
    ("(int32[::1],)", "return a[0] + a[1]"),
    ("(uint8[::1],)", "return a[0] + a[1]"),
    ("(uint8[::1],)", "return a[0] - a[1]"),
    ("(int8[::1], uint8[::1])", "return a[0] * b[1]"),
    ("(float32[::1],)", "return a[0] * a[1]"),
    ("(float32[::1],)", "return a[0] * 2.0"),
    ("(float32[::1],)", "return a[0] + 1"),
    ("(int16[::1],)", "return a[0] + 1"),
    ("(uint8[::1],)", "return a[0] + 300"),
    ("(int32[::1], int64[::1])", "return a[0] + b[0]"),
    ("(float32[::1], int16[::1])", "return a[0] + b[0]"),
    ("(uint64[::1], int64[::1])", "return a[0] + b[0]"),
    ("(int32[::1],)", "return a[0] / a[1]"),
    ("(uint16[::1],)", "return -a[0]"),
    ("(bool[::1],)", "return a[0] + a[1]"),
    ("(bool[::1],)", "return a[0] * a[1]"),
    ("(bool[::1],)", "return a[0] // a[1]"),
    ("(bool[::1],)", "return a[0] ** a[1]"),
    ("(bool[::1],)", "return a[0] << a[1]"),
    ("(bool[::1],)", "return a[0] / a[1]"),
    ("(bool[::1],)", "return a[0] ^ a[1]"),
    ("(bool[::1],)", "return ~a[0]"),
    ("(bool[::1],)", "return abs(a[0])"),
    ("(bool[::1],)", "return a[0] + True"),
    ("(bool[::1],)", "return a[0] + 1"),
    ("(int64[::1],)", "return (a[0] > 1) + (a[1] > 1)"),
    ("(int32[::1],)", "s = 0\n    for x in a:\n        s += x\n    return s"),
    ("(float32[::1],)", "s = a[0]\n    for x in a:\n        s += x\n    return s"),
    # pyjit keeps the rows of a C array C (Numba's iterator says A): NumPy decides
    ("(int32[:, ::1],)", "for r in a:\n        return r\n    return a[0]", "numpy"),
    ("(int32[:, :],)", "for r in a:\n        return r\n    return a[0]"),
    ("(float32[::1],)", "for i, x in enumerate(a):\n        return x\n    return a[0]"),
    ("(float32[::1], int8[::1])",
     "s = 0.0\n    for x, y in zip(a, b):\n        s += x * y\n    return s"),
    ("(float64[::1], int64)", "a[b] = 5\n    return a"),
    ("(float64[::1], int64)", "a[b] += 1\n    return a[b]"),
    ("(uint8[::1], int64)", "a[b] += 1\n    return a[b]"),
    ("(float64[:, ::1],)", "a[1:3] = 0\n    return a"),
    ("(float64[:, ::1], float64[:, :])", "a[1:3, 0:2] = b[0:2, 0:2]\n    return a"),
    ("(float64[::1],)", "return (a, a.shape)"),
    ("(float64[::1], bool)", "b2 = a if b else a[::2]\n    return b2"),
]


def parse_sig(sig):
    """'(float64[:, ::1], int64)' -> [('float64', 2, 'C') | 'int64']."""
    inner = sig.strip()[1:-1]
    out, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "[":
            depth += 1
        if ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    res = []
    for t in out:
        if "[" in t:
            dt, dims = t.split("[")
            dims = dims.rstrip("]").split(",")
            res.append((dt, len(dims), "C" if dims[-1].strip() == "::1" else "A"))
        else:
            res.append(t)
    return res


def sample(spec):
    if isinstance(spec, tuple):
        dt, nd, layout = spec
        shape = [3, 4, 5][:nd] if nd > 1 else [12]
        if layout == "A":
            big = list(shape)
            big[-1] *= 2
            a = (np.arange(int(np.prod(big))) % 7 + 1).reshape(big).astype(dt)
            return a[..., ::2]
        return (np.arange(int(np.prod(shape))) % 7 + 1).reshape(shape).astype(dt)
    if spec == "bool":
        return True
    if spec == "float64":
        return 4.0
    if spec == "int64":
        return 2
    return np.dtype(spec).type(2)


def numba_name(t):
    import numba

    if isinstance(t, numba.types.Array):
        layout = "C" if t.layout == "C" else "A"
        return "array(%s, %dd, %s)" % (t.dtype, t.ndim, layout)
    if isinstance(t, numba.types.UniTuple):
        return "UniTuple(%s, %d)" % (numba_name(t.dtype), t.count) if t.count > 1 else \
            "(%s,)" % numba_name(t.dtype)
    if isinstance(t, numba.types.BaseTuple):
        return "(" + ", ".join(numba_name(x) for x in t.types) + ")"
    return str(t)


def value_name(v, numba_t):
    """NumPy's type of a value, using Numba's layout for arrays."""
    import numba

    if isinstance(v, np.ndarray):
        nt = numba_t if isinstance(numba_t, numba.types.Array) else None
        if numba_t is None:
            layout = "C" if v.flags.c_contiguous else "A"
        else:
            layout = "C" if nt is not None and nt.layout == "C" else "A"
        if layout == "C":
            assert v.flags.c_contiguous, "Numba says C but NumPy's result is not contiguous"
        return "array(%s, %dd, %s)" % (npname(v.dtype.type), v.ndim, layout)
    if isinstance(v, tuple):
        items = [value_name(x, numba_t.types[i] if numba_t is not None else None)
                 for i, x in enumerate(v)]
        if len(items) > 1 and all(i == items[0] for i in items):
            return "UniTuple(%s, %d)" % (items[0], len(items))
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(v, bool) or isinstance(v, np.bool_):
        return "bool"
    if isinstance(v, int):
        return "int64"
    if isinstance(v, float):
        return "float64"
    return npname(type(v))


def array_rows():
    import numba

    rows = []
    for case in ARRAY_CASES:
        sig, body = case[0], case[1]
        specs = parse_sig(sig)
        params = ", ".join("abcdefg"[i] for i in range(len(specs)))
        src = "def f(%s):\n    %s\n" % (params, body)
        env = {"np": np}
        exec(src, env)
        args = [sample(s) for s in specs]
        v = env["f"](*[x.copy() if isinstance(x, np.ndarray) else x for x in args])
        try:
            jf = numba.njit(env["f"])
            jf(*args)
            nt = jf.nopython_signatures[0].return_type
            if len(case) > 2:
                nt = None
        except Exception:  # Numba does not compile it: NumPy's contiguity decides
            nt = None
        rows.append(("import numpy as np\n" + src, sig, value_name(v, nt)))
    return rows


def render():
    lines = ["/* Generated by tests/typeinfer/gen_numpy_rules.py from NumPy " + np.__version__ +
             " (and Numba for array layouts); do not edit. */"]
    for src, sig, want in scalar_rows():
        lines.append("SCALAR(%s, %s, %s)" % (c_str(src), c_str(sig), c_str(want)))
    for src, sig, want in array_rows():
        lines.append("ARRAY(%s, %s, %s)" % (c_str(src), c_str(sig), c_str(want)))
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv:
        old = open(OUT).read() if os.path.exists(OUT) else ""
        if old != text:
            print("numpy_rules.inc is stale: run tests/typeinfer/gen_numpy_rules.py")
            return 1
        print("numpy_rules.inc is up to date")
        return 0
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

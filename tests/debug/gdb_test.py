#!/usr/bin/env python3
"""tests/debug/gdb_test.py — drives `gdb -batch` on `pyjit run -g` of
dbg_kernel.py and checks what a user sees: a pending breakpoint on a Python
line is hit, `bt` names the jitted functions with their signatures and
file.py:LINE, `info locals` / `print` show the values CPython has at that
point (recorded by running the same kernel under /usr/bin/python3 with a line
tracer), `next` steps to the next Python line, a breakpoint on a jitted
callee by name stops there with the right argument, and the program still
prints CPython's result. A second session at -O2 checks the best-effort
mode: breakpoint by function name, bt, no crash, right result.

usage: gdb_test.py PYJIT        exit 0 ok, 1 failure, 77 skipped (no gdb / CPython)
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL = os.path.join(HERE, "dbg_kernel.py")
CPYTHON = "/usr/bin/python3"

failures = []


def check(what, ok, detail=""):
    if not ok:
        failures.append(what)
        print("FAIL %s\n  %s" % (what, str(detail).replace("\n", "\n  ")))


def line_of(text):
    with open(KERNEL) as f:
        for n, line in enumerate(f, 1):
            if text in line:
                return n
    raise SystemExit("marker %r not in %s" % (text, KERNEL))


# What CPython says: locals at the 1st and 2nd time the loop line runs, the
# argument of scale() on its 2nd call, and the result.
REFERENCE = r"""
import json, sys, types
m = types.ModuleType("pyjit"); m.jit = lambda f: f; sys.modules["pyjit"] = m
sys.path.insert(0, sys.argv[1])
import dbg_kernel
LINE = int(sys.argv[2])
hits, scale_args = [], []
def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name == "scale" and event == "call":
        scale_args.append(frame.f_locals["a"])
    if code.co_name == "accumulate" and event == "line" and frame.f_lineno == LINE:
        hits.append({k: v for k, v in frame.f_locals.items()})
    return tracer
sys.settrace(tracer)
r = dbg_kernel.accumulate(1.5, 4)
GRID = int(sys.argv[3])
grid = []
def gtracer(frame, event, arg):
    if frame.f_code.co_name == "grid" and event == "line" and frame.f_lineno == GRID:
        a = frame.f_locals["a"]
        grid.append({"shape": list(a.shape), "strides": list(a.strides),
                     "items": a.ravel().tolist(), "i": frame.f_locals["i"]})
    return gtracer
sys.settrace(gtracer)
g = dbg_kernel.grid(3)
sys.settrace(None)
print(json.dumps({"hits": hits, "scale_args": scale_args, "result": repr(r), "grid": grid,
                  "grid_result": repr(g)}))
"""


def gdb_value(s):
    """A gdb-printed value -> Python: numbers, true/false, {0 = a, 1 = b}."""
    s = s.strip()
    if s.startswith("{") and s.endswith("}"):
        items, depth, cur = [], 0, ""
        for ch in s[1:-1]:
            if ch == "," and depth == 0:
                items.append(cur)
                cur = ""
                continue
            depth += ch == "{"
            depth -= ch == "}"
            cur += ch
        if cur.strip():
            items.append(cur)
        out = []
        for it in items:
            it = it.split("=", 1)[1] if "=" in it else it  # struct member / array item
            rep = re.fullmatch(r"\s*(.*?) <repeats (\d+) times>\s*", it)
            out += [gdb_value(rep.group(1))] * int(rep.group(2)) if rep else [gdb_value(it)]
        return out
    if s in ("true", "false"):
        return s == "true"
    try:
        return int(s)
    except ValueError:
        return float(s)


def same(py, g):
    if isinstance(py, (list, tuple)):
        return isinstance(g, list) and len(py) == len(g) and all(map(same, py, g))
    if isinstance(py, bool) or isinstance(g, bool):
        return bool(py) == bool(g) and not isinstance(py, float)
    return float(py) == float(g)


def run_gdb(pyjit, opt, commands, call=("accumulate", "1.5", "4")):
    script = "set breakpoint pending on\nset pagination off\nset confirm off\n" + commands
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pyjit-gdb-%d-%s.gdb" % (os.getpid(), opt))
    with open(path, "w") as f:
        f.write(script)
    try:
        p = subprocess.run(
            ["gdb", "-nx", "-batch", "-x", path, "--args", pyjit, "run", "-g", opt, KERNEL,
             *call],
            capture_output=True, text=True, timeout=120)
    finally:
        os.unlink(path)
    return p.stdout + p.stderr


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    pyjit = os.path.abspath(sys.argv[1])
    if not shutil.which("gdb"):
        print("gdb not found: skipped")
        return 77
    if not os.path.exists(CPYTHON):
        print("%s not found: skipped (expected values come from CPython)" % CPYTHON)
        return 77
    loop = line_of("term = x * i + scale(i)")
    callee = line_of("doubled = a * 2")
    grid_ret = line_of("return a[n - 1, 0] + a[0, 1]")
    ref = json.loads(subprocess.run([CPYTHON, "-c", REFERENCE, HERE, str(loop), str(grid_ret)],
                                    check=True, capture_output=True, text=True).stdout)
    hit1, hit2 = ref["hits"][0], ref["hits"][1]

    out = run_gdb(pyjit, "-O0", """break dbg_kernel.py:%d
run
echo @@bt\\n
bt 3
echo @@locals\\n
info locals
echo @@print\\n
print x
print n
echo @@next\\n
next
next
echo @@continue\\n
continue
print i
print total
print pair
echo @@callee\\n
break scale
continue
echo @@bt2\\n
bt 2
info args
delete
echo @@end\\n
continue
""" % loop)
    sections = dict(re.findall(r"@@(\w+)\n(.*?)(?=@@|\Z)", out, re.S))
    head = out.split("@@bt")[0]
    check("pending breakpoint on dbg_kernel.py:%d is hit" % loop,
          re.search(r"Breakpoint 1, accumulate\(float64, int64\) \(x=1\.5, n=4\) at \S*dbg_kernel\.py:%d"
                    % loop, head), out)
    bt = sections.get("bt", "")
    check("bt #0 shows accumulate(float64, int64) at dbg_kernel.py:%d" % loop,
          re.search(r"#0 +accumulate\(float64, int64\) .*dbg_kernel\.py:%d" % loop, bt), bt)

    locs = dict(re.findall(r"^(\w+) = (.*)$", sections.get("locals", ""), re.M))
    for name, value in hit1.items():
        if name in ("x", "n"):
            continue  # arguments: `info args`
        check("info locals: %s == CPython's %r" % (name, value),
              name in locs and same(value, gdb_value(locs[name])), sections.get("locals", ""))
    prints = re.findall(r"^\$\d+ = (.*)$", sections.get("print", ""), re.M)
    check("print x / print n", len(prints) == 2 and same(hit1["x"], gdb_value(prints[0]))
          and same(hit1["n"], gdb_value(prints[1])), sections.get("print", ""))

    steps = re.findall(r"^(\d+)\t", sections.get("next", ""), re.M)
    check("next steps to the next Python lines %d, %d" % (loop + 1, loop + 2),
          steps == [str(loop + 1), str(loop + 2)], sections.get("next", ""))

    cont = sections.get("continue", "")
    check("continue: the breakpoint is hit again",
          re.search(r"Breakpoint 1, accumulate\(float64, int64\).*dbg_kernel\.py:%d" % loop, cont),
          cont)
    vals = re.findall(r"^\$\d+ = (.*)$", cont, re.M)
    check("2nd hit: i, total, pair as in CPython",
          len(vals) == 3 and same(hit2["i"], gdb_value(vals[0]))
          and same(hit2["total"], gdb_value(vals[1])) and same(hit2["pair"], gdb_value(vals[2])),
          (cont, hit2))

    callee_out = sections.get("callee", "")
    check("break scale: stops in scale(int64) with CPython's argument",
          re.search(r"Breakpoint 2(\.\d+)?, scale\(int64\) \(a=%d\) at \S*dbg_kernel\.py:%d"
                    % (ref["scale_args"][1], callee), callee_out), callee_out)
    bt2 = sections.get("bt2", "")
    check("bt across jitted frames: scale then accumulate at the call line",
          re.search(r"#0 +scale\(int64\) .*dbg_kernel\.py:%d" % callee, bt2)
          and re.search(r"#1 .*accumulate\(float64, int64\) .*dbg_kernel\.py:%d" % loop, bt2), bt2)
    end = sections.get("end", "")
    check("the program prints CPython's result and exits normally",
          re.search(r"^%s$" % re.escape(ref["result"]), end, re.M) and "exited normally" in end, end)

    # Arrays: a breakpoint on the line after a loop over a 2-D array (that line
    # used to resolve to the exception-cleanup block, never hit), and the
    # array's shape, strides and elements as NumPy has them there.
    g = ref["grid"][0]
    out3 = run_gdb(pyjit, "-O0", """break dbg_kernel.py:%d
run
echo @@arr\\n
print a.shape
print a.strides
print *a.data@%d
print i
delete
echo @@end\\n
continue
""" % (grid_ret, len(g["items"])), call=("grid", "3"))
    arr = re.findall(r"^\$\d+ = (.*)$", out3.split("@@arr")[-1], re.M)
    check("break on the line after an array loop is hit",
          re.search(r"Breakpoint 1, grid\(int64\) \(n=3\) at \S*dbg_kernel\.py:%d" % grid_ret, out3),
          out3)
    check("array local: shape, strides, elements and i as in CPython/NumPy",
          len(arr) >= 4 and same(g["shape"], gdb_value(arr[0])) and same(g["strides"], gdb_value(arr[1]))
          and same(g["items"], gdb_value(arr[2])) and same(g["i"], gdb_value(arr[3])), (out3, g))
    check("grid: result and normal exit",
          re.search(r"^%s$" % re.escape(ref["grid_result"]), out3, re.M) and "exited normally" in out3,
          out3)

    # -O2: best effort, but never a crash and never a different answer.
    out2 = run_gdb(pyjit, "-O2", """break accumulate
run
echo @@bt\\n
bt 1
info locals
delete
echo @@end\\n
continue
""")
    check("-O2: break accumulate is hit, bt names it",
          re.search(r"#0 .*accumulate\(float64, int64\) .*dbg_kernel\.py:\d+", out2), out2)
    check("-O2: result and normal exit",
          re.search(r"^%s$" % re.escape(ref["result"]), out2, re.M) and "exited normally" in out2,
          out2)

    if failures:
        print("%d gdb check(s) failed" % len(failures))
        return 1
    print("gdb session checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""bench/python/bench_python.py — `import pyjit` vs Numba, in one run.

  1. call overhead: Python-level cost of calling a compiled 2-float-argument
     function (x + y), pyjit vs Numba vs the plain Python function;
  2. per shared kernel (../shared/bench/kernels): first-call compile time
     (fresh process each: first call - steady call at SMALL_N) and steady-state
     run time at --n-scale * LARGE_N (default: LARGE_N) (min of --runs calls in
     the process), pyjit vs Numba, with the checksum compared against the
     kernel's SMALL_CHECKSUM. --rounds R (default 3) repeats the pair of
     processes R times, alternating which engine goes first; every column is the
     median over the rounds, the ratios are medians of the per-round ratios (so
     machine noise that hits one round hits both engines alike).

usage: PYTHONPATH=build/python /usr/bin/python3 bench/python/bench_python.py
           [--kernels-dir DIR] [--runs 3] [--rounds 3] [--n-scale 1.0] [--markdown OUT]
           [KERNEL...]
Needs /usr/bin/python3 with numba (python3-numba) and the pyjit package.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_KERNELS = os.path.join(os.path.dirname(ROOT), "shared", "bench", "kernels")

CHILD = r'''
import importlib.util, json, os, sys, time, types
engine, path, small_n, large_n, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
if engine == "numba":
    import numba
    shim = types.ModuleType("pyjit")
    shim.jit = numba.njit
    shim.njit = numba.njit
    sys.modules["pyjit"] = shim
else:
    import pyjit
name = "bench_" + os.path.basename(path)[:-3]
spec = importlib.util.spec_from_file_location(name, path)
mod = importlib.util.module_from_spec(spec)
sys.modules[name] = mod   # Numba resolves recursion through sys.modules
t0 = time.perf_counter()
spec.loader.exec_module(mod)
t1 = time.perf_counter()
out = {}
try:
    r = mod.run(small_n)
    t2 = time.perf_counter()
    t3 = time.perf_counter(); mod.run(small_n); t4 = time.perf_counter()
    out["first_ms"] = (t2 - t1) * 1e3
    out["compile_ms"] = ((t2 - t1) - (t4 - t3)) * 1e3
    out["checksum"] = repr(r.item() if hasattr(r, "item") else r)
    times = []
    for _ in range(runs):
        a = time.perf_counter(); mod.run(large_n); times.append((time.perf_counter() - a) * 1e3)
    out["run_ms"] = min(times)
    out["run_median_ms"] = sorted(times)[len(times) // 2]
except Exception as e:
    out["error"] = "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")
print("RESULT " + json.dumps(out))
'''


def header(path):
    h = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            if ":" in line:
                k, v = line[1:].split(":", 1)
                h[k.strip()] = v.strip()
    return h


def run_child(engine, path, small_n, large_n, runs):
    env = dict(os.environ)
    p = subprocess.run([sys.executable, "-c", CHILD, engine, path, str(small_n), str(large_n),
                        str(runs)], capture_output=True, text=True, env=env, timeout=1800)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    tail = (p.stderr.strip().splitlines() or ["?"])[-1]
    return {"error": "exit %d: %s" % (p.returncode, tail)}


def call_overhead(repeat=7, number=1_000_000):
    import numba
    import pyjit

    def py_add(x, y):
        return x + y

    pj_add = pyjit.njit(py_add)
    nb_add = numba.njit(py_add)
    pj_add(1.0, 2.0)
    nb_add(1.0, 2.0)
    res = {}
    # interleave the engines so machine noise hits them alike
    for _ in range(repeat):
        for name, f in (("pyjit", pj_add), ("numba", nb_add), ("python", py_add)):
            t = timeit.timeit("f(1.0, 2.0)", globals={"f": f}, number=number) / number * 1e9
            res[name] = min(res.get(name, 1e99), t)
    return res


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("kernels", nargs="*")
    ap.add_argument("--kernels-dir", default=DEFAULT_KERNELS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--n-scale", type=float, default=1.0)
    ap.add_argument("--markdown")
    ap.add_argument("--skip-kernels", action="store_true")
    a = ap.parse_args(argv)

    lines = []
    ov = call_overhead()
    lines.append("### Call overhead (2 float arguments, `x + y`)\n")
    lines.append("| engine | ns per call (min of 7 x 1e6) |")
    lines.append("|---|---|")
    for k in ("pyjit", "numba", "python"):
        lines.append("| %s | %.0f |" % (k if k != "python" else "plain CPython function", ov[k]))
    lines.append("")
    print("\n".join(lines), flush=True)

    if not a.skip_kernels:
        names = a.kernels or sorted(f[:-3] for f in os.listdir(a.kernels_dir) if f.endswith(".py"))
        rows = ["### Shared kernels (first call and steady state, fresh process per engine, "
                "median of %d rounds)\n" % a.rounds,
                "| kernel | n (steady) | pyjit compile | Numba compile | compile speed-up "
                "| pyjit run | Numba run | run ratio (Numba/pyjit) | ratio range | checksum |",
                "|---|---|---|---|---|---|---|---|---|---|"]
        print("\n".join(rows), flush=True)
        med = statistics.median
        for name in names:
            path = os.path.join(a.kernels_dir, name + ".py")
            h = header(path)
            small = int(h["SMALL_N"])
            large = max(small, int(int(h["LARGE_N"]) * a.n_scale))
            want = h.get("SMALL_CHECKSUM")
            pjs, nbs, err = [], [], None
            for r in range(a.rounds):
                order = ("pyjit", "numba") if r % 2 == 0 else ("numba", "pyjit")
                got = {e: run_child(e, path, small, large, a.runs) for e in order}
                for e in order:
                    if "error" in got[e]:
                        err = "%s error: %s" % (e, got[e]["error"][:100].replace("|", "/"))
                if err:
                    break
                pjs.append(got["pyjit"])
                nbs.append(got["numba"])
            if err:
                row = "| %s | %d | %s | - | - | - | - | - | - | - |" % (name, large, err)
            else:
                sums = {x["checksum"] for x in pjs + nbs}
                ok = "ok" if sums == {want} else "MISMATCH %s want %s" % (sorted(sums), want)
                ratios = [n["run_ms"] / max(p["run_ms"], 1e-6) for p, n in zip(pjs, nbs)]
                speed = [n["compile_ms"] / max(p["compile_ms"], 1e-3) for p, n in zip(pjs, nbs)]
                row = ("| %s | %d | %.1f ms | %.0f ms | %.0fx | %.1f ms | %.1f ms | %.2f "
                       "| %.2f-%.2f | %s |") % (
                    name, large, med(p["compile_ms"] for p in pjs),
                    med(n["compile_ms"] for n in nbs), med(speed),
                    med(p["run_ms"] for p in pjs), med(n["run_ms"] for n in nbs), med(ratios),
                    min(ratios), max(ratios), ok)
            rows.append(row)
            print(row, flush=True)
        lines += rows
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Runs the golden end-to-end cases through the pyjit CLI.

usage: run_cases.py PYJIT [-k PATTERN] [-x PATTERN] [--list] [--jobs N] [--timeout S]
       run_cases.py PYJIT --bench-kernels DIR

tests/cases/<topic>.expected  -> `pyjit run <topic>.py FUNC ARGS...`: stdout
    (printed text + repr(result) + newline) and exit 0, or exit 1 with the
    last stderr line `ExcType: message`.
tests/errors/<name>.expected  -> `pyjit run <name>.py FUNC ARGS...`: exit 2,
    first stderr line `FILE:LINE:COL: error: ...` at the expected location,
    containing the expected message.
Prints one line (plus a diff) per failure, then `N passed, N failed`; exit 1
if any failed. Expectations come from tests/gen_expected.py (CPython); this
script needs only a python3 >= 3.9 standard library. Formats:
tests/cases/README.md.
"""
import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
ERRORS_DIR = os.path.join(HERE, "errors")
BENCH_KERNELS = ("fib", "collatz", "monte_carlo_pi")
CRASH_MARKERS = ("Segmentation", "AddressSanitizer", "LeakSanitizer", "runtime error:",
                 "UndefinedBehaviorSanitizer", "Assertion `", "core dumped", "Aborted")


class Case:
    def __init__(self, ident, path, argv, check):
        self.ident = ident  # printable id, used by -k
        self.path = path    # the .py file given to pyjit
        self.argv = argv    # FUNC ARG...
        self.check = check  # fn(Result) -> list of problem strings (empty = pass)


class Result:
    def __init__(self, rc, stdout, stderr, timed_out=False):
        self.rc, self.stdout, self.stderr, self.timed_out = rc, stdout, stderr, timed_out


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip() and not l.startswith("#")]


def show(text):
    return repr(text) if len(text) < 400 else repr(text[:400]) + "..."


def stderr_lines(res):
    return [l for l in res.stderr.splitlines() if l.strip()]


def crash_problems(res):
    if res.timed_out:
        return ["timed out"]
    if res.rc < 0:
        try:
            name = signal.Signals(-res.rc).name
        except ValueError:
            name = str(-res.rc)
        return ["killed by signal %s" % name]
    hits = [m for m in CRASH_MARKERS if m in res.stderr]
    if hits:
        return ["crash report on stderr (%s): %s" % (hits[0], show(res.stderr))]
    return []


def diff_lines(expected, actual):
    """A short line diff: the first differing line of each text, with context."""
    e, a = expected.splitlines(True), actual.splitlines(True)
    for i in range(max(len(e), len(a))):
        el = e[i] if i < len(e) else "<missing>"
        al = a[i] if i < len(a) else "<missing>"
        if el != al:
            return "line %d: expected %s, got %s" % (i + 1, show(el), show(al))
    return "expected %s, got %s" % (show(expected), show(actual))


def check_run(entry):
    want_out = entry["stdout"]
    if "result" in entry:
        want_out += entry["result"] + "\n"

    def check(res):
        p = crash_problems(res)
        if p:
            return p
        probs = []
        if "result" in entry:
            if res.rc != 0:
                last = stderr_lines(res)[-1:] or ["<empty stderr>"]
                return ["exit %d (expected 0, result %s); stderr: %s"
                        % (res.rc, entry["result"], show(last[0]))]
        else:
            if res.rc != 1:
                return ["exit %d, expected 1 with %s; stdout %s, stderr %s"
                        % (res.rc, show(entry["exception"]), show(res.stdout),
                           show(res.stderr))]
            last = stderr_lines(res)[-1:] or [""]
            if last[0].rstrip() != entry["exception"]:
                probs.append("exception: expected %s, got %s"
                             % (show(entry["exception"]), show(last[0])))
        if res.stdout != want_out:
            probs.append("stdout: " + diff_lines(want_out, res.stdout))
        return probs

    return check


def check_error(entry, path):
    def check(res):
        p = crash_problems(res)
        if p:
            return p
        lines = res.stderr.splitlines()
        first = lines[0] if lines else ""
        if res.rc != 2:
            return ["exit %d, expected 2 (compile error at %s); first stderr line %s"
                    % (res.rc, entry["at"], show(first))]
        m = re.match(r"^(.*):(\d+):(\d+): error: (.*)$", first)
        if not m:
            return ["first stderr line is not 'FILE:LINE:COL: error: MESSAGE': %s" % show(first)]
        probs = []
        if m.group(1) != path:
            probs.append("file %s, expected %s" % (show(m.group(1)), show(path)))
        at = "%s:%s" % (m.group(2), m.group(3))
        if at != entry["at"]:
            probs.append("location %s, expected %s (%s)"
                         % (at, entry["at"], entry.get("cpython", "") or show(first)))
        for want in entry.get("error", []):
            if want not in m.group(4):
                probs.append("message %s does not contain %s" % (show(m.group(4)), show(want)))
        return probs

    return check


def check_checksum(want):
    def check(res):
        p = crash_problems(res)
        if p:
            return p
        if res.rc != 0:
            return ["exit %d; stderr: %s" % (res.rc, show(res.stderr))]
        if res.stdout != want + "\n":
            return ["checksum: " + diff_lines(want + "\n", res.stdout)]
        return []

    return check


def collect_cases():
    cases = []
    for d, kind in ((CASES_DIR, "run"), (ERRORS_DIR, "error")):
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".expected"):
                continue
            stem = f[:-len(".expected")]
            py = os.path.join(d, stem + ".py")
            if kind == "run":
                for e in read_jsonl(os.path.join(d, f)):
                    ident = "%s:%s(%s)" % (stem, e["func"], ", ".join(e["args"]))
                    cases.append(Case(ident, py, [e["func"]] + e["args"], check_run(e)))
            else:
                for e in read_jsonl(os.path.join(d, f)):
                    ident = "errors/%s:%s" % (stem, " ".join(e["call"]))
                    cases.append(Case(ident, py, e["call"], check_error(e, py)))
    return cases


def collect_bench(directory):
    cases = []
    for name in BENCH_KERNELS:
        py = os.path.join(os.path.abspath(directory), name + ".py")
        hdr = {}
        with open(py, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"#\s*([A-Z_]+):\s*(.*)$", line)
                if m:
                    hdr[m.group(1)] = m.group(2).strip()
                elif not line.startswith("#"):
                    break
        cases.append(Case("bench/%s:run(%s)" % (name, hdr["SMALL_N"]), py,
                          ["run", hdr["SMALL_N"]], check_checksum(hdr["SMALL_CHECKSUM"])))
    return cases


def run_one(pyjit, case, timeout):
    cmd = [pyjit, "run", case.path] + case.argv
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        res = Result(p.returncode, p.stdout.decode("utf-8", "replace"),
                     p.stderr.decode("utf-8", "replace"))
    except subprocess.TimeoutExpired as e:
        res = Result(-1, (e.stdout or b"").decode("utf-8", "replace"),
                     (e.stderr or b"").decode("utf-8", "replace"), timed_out=True)
    except OSError as e:
        return ["cannot run %s: %s" % (pyjit, e)], cmd
    return case.check(res), cmd


def matches(ident, pattern):
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(ident, pattern)
    return pattern in ident


def main():
    ap = argparse.ArgumentParser(description="Run the golden cases through `pyjit run`.")
    ap.add_argument("pyjit", help="path of the pyjit executable")
    ap.add_argument("-k", metavar="PATTERN", action="append",
                    help="only cases whose id contains PATTERN (or matches it as a glob)")
    ap.add_argument("-x", "--exclude", metavar="PATTERN", action="append",
                    help="drop cases whose id contains PATTERN (or matches it as a glob); "
                         "applied after -k")
    ap.add_argument("--list", action="store_true", help="list the case ids and exit")
    ap.add_argument("--jobs", type=int, default=2, help="parallel runs (default 2)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per case (default 20)")
    ap.add_argument("--bench-kernels", metavar="DIR",
                    help="instead: run fib, collatz, monte_carlo_pi from DIR at SMALL_N "
                         "and compare with SMALL_CHECKSUM (exit 77 if DIR is missing)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing cases too")
    opts = ap.parse_args()

    if opts.bench_kernels:
        if not os.path.isdir(opts.bench_kernels):
            print("bench kernels: %s not found: skipped" % opts.bench_kernels)
            return 77
        cases = collect_bench(opts.bench_kernels)
    else:
        cases = collect_cases()
    if opts.k:
        cases = [c for c in cases if any(matches(c.ident, k) for k in opts.k)]
    if opts.exclude:
        cases = [c for c in cases if not any(matches(c.ident, x) for x in opts.exclude)]
    if opts.list:
        for c in cases:
            print(c.ident)
        print("%d cases" % len(cases))
        return 0
    pyjit = os.path.abspath(opts.pyjit) if os.sep in opts.pyjit else opts.pyjit

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(run_one, pyjit, c, opts.timeout) for c in cases]
        for case, fut in zip(cases, futures):  # report in a stable order
            problems, cmd = fut.result()
            if problems:
                failed += 1
                print("FAIL %s: %s" % (case.ident, "; ".join(problems)))
                print("     $ %s" % " ".join(_quote(a) for a in cmd))
            else:
                passed += 1
                if opts.verbose:
                    print("ok   %s" % case.ident)
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not cases else 0


def _quote(arg):
    return arg if re.match(r"^[\w./:=+-]+$", arg) else "'%s'" % arg.replace("'", "'\\''")


if __name__ == "__main__":
    sys.exit(main())

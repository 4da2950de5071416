#!/usr/bin/python3
"""Regenerates the seed corpora of fuzz/corpus/ from the repository's kernels.

fuzz/corpus/pipeline/  one small module per kernel of tests/cases/*.py and of
                       the bench kernels (imports, module constants, the
                       function and the functions it calls; no CASES)
fuzz/corpus/signature/ type and signature strings (below)
fuzz/corpus/cli_args/  the literals of tests/api/args_cases.txt
Usage: /usr/bin/python3 fuzz/make_seeds.py [BENCH_KERNELS_DIR]
"""
import ast
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")
MAX_SEED = 3000  # bytes; fuzz_pipeline skips inputs over 4000

SIGNATURES = [
    "int64", "i8", "f8", "float32", "boolean", "bool", "uint8", "none",
    "(int64, float64)", "UniTuple(float64, 3)", "Tuple(int64, (f8, b1))",
    "float64(float64, int64)", "void(int32)", "int64, float64", "()",
    "float64[:]", "float64[:, ::1]", "int32[:, :, :]", "array(float64, 2d, C)",
    "(UniTuple(int64, 2), float64[::1])", "f8(f8[:], i8)", "UniTuple(f4, 0)",
    "int64(", "float64[", "Tuple(", "UniTuple(int64, -1)", "nosuchtype",
]


def write(dirname, name, data):
    os.makedirs(dirname, exist_ok=True)
    with open(os.path.join(dirname, name), "wb") as f:
        f.write(data)


def split_module(path):
    """Yields (function name, small module text) for each def of path."""
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)

    def segment(node):
        start = min([d.lineno for d in getattr(node, "decorator_list", [])] + [node.lineno])
        return "".join(lines[start - 1:node.end_lineno])

    prefix, defs = [], {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            defs[node.name] = node
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "CASES" for t in node.targets):
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom, ast.Assign)):
            prefix.append(segment(node))
    for name, node in defs.items():
        # The function plus every module function it names, transitively.
        keep, todo = [], [name]
        while todo:
            n = todo.pop()
            if n in keep:
                continue
            keep.append(n)
            for sub in ast.walk(defs[n]):
                if isinstance(sub, ast.Name) and sub.id in defs and sub.id not in keep:
                    todo.append(sub.id)
        body = [segment(defs[n]) for n in defs if n in keep]
        text = "".join(prefix) + "\n" + "\n".join(body)
        if len(text.encode()) <= MAX_SEED:
            yield name, text


def main():
    bench = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "bench", "kernels")
    sources = sorted(os.path.join(ROOT, "tests", "cases", f)
                     for f in os.listdir(os.path.join(ROOT, "tests", "cases"))
                     if f.endswith(".py") and not f.startswith("_"))
    if os.path.isdir(bench):
        sources += sorted(os.path.join(bench, f) for f in os.listdir(bench) if f.endswith(".py"))
    for sub in ("pipeline", "signature", "cli_args"):
        d = os.path.join(CORPUS, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
    n = 0
    for path in sources:
        topic = os.path.splitext(os.path.basename(path))[0]
        for name, text in split_module(path):
            fname = "%s_%s.py" % (topic, name)
            write(os.path.join(CORPUS, "pipeline"), fname, text.encode())
            n += 1
    for s in SIGNATURES:
        write(os.path.join(CORPUS, "signature"), hashlib.sha1(s.encode()).hexdigest()[:12], s.encode())
    args = os.path.join(ROOT, "tests", "api", "args_cases.txt")
    for line in open(args, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            lit = line.rstrip("\n").split("\t")[0]
            write(os.path.join(CORPUS, "cli_args"), hashlib.sha1(lit.encode()).hexdigest()[:12],
                  lit.encode())
    print("make_seeds: %d kernel seeds" % n)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""A stand-in for the pyjit CLI, to test tests/run_cases.py itself.

`_fake_pyjit.py run FILE FUNC ARG...` runs FUNC under CPython with identity
@jit decorators and follows the CLI contract (stdout + the result as
gen_expected.format_result prints it, exit 0; Python traceback, exit 1;
`FILE:LINE:COL: error: MSG`, exit 2). It rejects syntax
errors and a few constructs (list comprehensions, lambdas) so the error
checks can be exercised; every other rejected program "fails" on purpose.
"""
import ast
import os
import sys
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gen_expected as g  # noqa: E402

REJECT = {ast.ListComp: "list comprehensions", ast.Lambda: "lambda expressions"}


def main(argv):
    if len(argv) < 3 or argv[0] != "run":
        print("usage: pyjit run FILE FUNC [ARG...]", file=sys.stderr)
        return 64
    path, func, args = argv[1], argv[2], argv[3:]
    src = open(path, encoding="utf-8").read()
    try:
        tree = ast.parse(src, path)
        compile(src, path, "exec")
    except SyntaxError as e:
        print("%s:%d:%d: error: %s" % (path, e.lineno, e.offset, e.msg), file=sys.stderr)
        return 2
    for node in ast.walk(tree):
        if type(node) in REJECT:
            print("%s:%d:%d: error: %s are not supported in @jit functions"
                  % (path, node.lineno, node.col_offset + 1, REJECT[type(node)]), file=sys.stderr)
            return 2
    sys.setrecursionlimit(20000)
    mod = g.load_module(os.path.abspath(path), "fake_target")
    values = [g.parse_cli_literal(a) for a in args]
    try:
        result = getattr(mod, func)(*values)
    except Exception:
        sys.stdout.flush()
        traceback.print_exc()
        return 1
    print(g.format_result(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

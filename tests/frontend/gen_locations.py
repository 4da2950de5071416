#!/usr/bin/env python3
"""Expected diagnostics for the frontend suite, computed by CPython.

Writes tests/frontend/locations.txt (committed); the Criterion suite loads
each case with fe_load_module and compares kind, line, column and message of
the first diagnostic. For syntax errors kind/line/col/message come from
CPython's SyntaxError; for pyjit's "UnsupportedError" the location comes from
the offending node in CPython's `ast` (col_offset + 1) and the message is
pyjit's own.

    gen_locations.py            regenerate locations.txt
    gen_locations.py --check    exit 1 if locations.txt differs from what
                                this interpreter computes (cases needing a
                                newer Python than the running one are skipped)
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "locations.txt")

# (name, source, min_version). Expected = CPython's SyntaxError.
SYNTAX = [
    ("dollar", "x = $a\n", (3, 11)),
    ("question", "x = 1 ? 2\n", (3, 11)),
    ("backtick", "x = a`b\n", (3, 11)),
    ("unterminated", "x = 'abc\n", (3, 11)),
    ("unterminated_triple", "x = '''abc\n\n", (3, 11)),
    ("unterminated_escape", "x = 'abc\\'\n", (3, 11)),
    ("unterminated_second", "x = 'a' 'b\n", (3, 11)),
    ("unindent", "if x:\n  a\n b\n", (3, 11)),
    ("unindent2", "if True:\n    x = 1\n  y = 2\n", (3, 11)),
    ("unindent3", "def f():\n    x = 1\n   y = 2\n", (3, 11)),
    ("unexpected_indent", "  x = 1\n", (3, 11)),
    ("unexpected_indent2", "x = 1\n  y = 2\n", (3, 11)),
    ("unexpected_indent_tab", "\tif x:\n        a\n\tb\n", (3, 11)),
    ("expected_block_if", "if x:\npass\n", (3, 11)),
    ("expected_block_for", "for x in y:\npass\n", (3, 11)),
    ("expected_block_while", "while x:\npass\n", (3, 11)),
    ("expected_block_def", "def f():\nreturn\n", (3, 11)),
    ("expected_block_class", "class A:\nx = 1\n", (3, 11)),
    ("expected_block_elif", "if x:\n  pass\nelif y:\npass\n", (3, 11)),
    ("expected_block_else", "if x:\n  pass\nelse:\npass\n", (3, 11)),
    ("never_closed", "x = (1,\n2\n", (3, 11)),
    ("never_closed_sq", "x = [1, 2\ny = 3\n", (3, 11)),
    ("never_closed_brace", "x = {1: 2\n\n", (3, 11)),
    ("unmatched", "x = 1)\n", (3, 11)),
    ("mismatch", "x = (1]\n", (3, 11)),
    ("leading_zeros", "x = 0777\n", (3, 11)),
    ("double_underscore", "x = 1__0\n", (3, 11)),
    ("trailing_underscore", "x = 1_\n", (3, 11)),
    ("empty_hex", "x = 0x\n", (3, 11)),
    ("bad_suffix", "x = 1abc\n", (3, 11)),
    ("dot_attr", "x = 1.real\n", (3, 11)),
    ("bad_exponent", "x = 1e\n", (3, 11)),
    ("bad_binary", "x = 0b2\n", (3, 11)),
    ("bad_octal", "x = 0o8\n", (3, 11)),
    ("after_continuation", "x = a \\ b\n", (3, 11)),
    ("eof_continuation", "x = \\\n", (3, 11)),
    ("dangling_plus", "x = 1 +\n", (3, 11)),
    ("missing_colon_if", "if x\n  pass\n", (3, 11)),
    ("missing_colon_while", "while x\n  pass\n", (3, 11)),
    ("missing_colon_class", "class A\n  pass\n", (3, 11)),
    ("missing_colon_else", "for x in range(3):\n    pass\nelse\n    pass\n", (3, 11)),
    ("missing_colon_with", "with open(x) as f\n  pass\n", (3, 11)),
    ("assign_call", "f() = 1\n", (3, 11)),
    ("assign_expr", "x + 1 = 2\n", (3, 11)),
    ("aug_tuple", "(a, b) += 1\n", (3, 11)),
    ("assign_yield", "x = yield = 3\n", (3, 11)),
    ("assign_true", "x = True = 1\n", (3, 11)),
    ("assign_none", "None = 1\n", (3, 11)),
    ("duplicate_arg", "def f(x, x): pass\n", (3, 11)),
    ("default_order", "def f(a=1, b): pass\n", (3, 11)),
    ("positional_after_kw", "x = f(a=1, 2)\n", (3, 11)),
    ("star_after_dstar", "x = f(**a, *b)\n", (3, 12)),
    ("return_outside", "return\n", (3, 11)),
    ("break_outside", "break\n", (3, 11)),
    ("continue_outside", "continue\n", (3, 11)),
    ("two_names", "a b\n", (3, 11)),
    ("two_numbers", "x = 5 5\n", (3, 11)),
    ("forgot_comma", "x = (1 2)\n", (3, 11)),
    ("ifexp_no_else", "x = 1 if y\n", (3, 11)),
    ("print_stmt", "print 'x'\n", (3, 11)),
    ("genexp_unparenthesized", "f(x for x in y, 1)\n", (3, 11)),
    ("star_alone", "*a = 1\n", (3, 11)),
    ("two_stars", "a, *b, *c = d\n", (3, 11)),
    ("nonlocal_module", "nonlocal x\n", (3, 11)),
    ("del_call", "del f()\n", (3, 11)),
    ("try_no_except", "try:\n  pass\nx = 1\n", (3, 11)),
    ("annotate_tuple", "(a, b): int\n", (3, 11)),
    ("bytes_non_ascii", "x = b'caf\u00e9'\n", (3, 12)),
    ("dict_missing_value", "x = {1: 2, 3}\n", (3, 11)),
    ("import_nothing", "import\n", (3, 11)),
    ("from_import_nothing", "from x import\n", (3, 11)),
    ("bad_param", "def f(:\n  pass\n", (3, 11)),
    ("incomplete_ifexp", "x = a if b else\n", (3, 11)),
    ("comprehension_no_iter", "x = [i for i in]\n", (3, 11)),
    ("inner_error_line", "def f(x):\n    y = x +\n    return y\n", (3, 11)),
    ("in_jit_def", "from pyjit import jit\n\n@jit\ndef f(x):\n    return x +* 2\n", (3, 11)),
    ("else_unindent", "if x:\n  pass\n else:\n  pass\n", (3, 11)),
    ("if_assign", "def f(x):\n    if x = 1:\n        return 1\n", (3, 11)),
    ("while_assign_attr", "while a.b = 1:\n    pass\n", (3, 11)),
    ("walrus_statement", "def f(x):\n    y := 1\n", (3, 11)),
    ("else_without_if", "def f(x):\n    else:\n        pass\n", (3, 11)),
    ("keyword_as_name", "def f(x):\n    class = 1\n", (3, 11)),
    ("double_eq_assign", "x == = 1\n", (3, 11)),
    ("invalid_character", "x = a \u20ac b\n", (3, 11)),
    ("tab_error", "if x:\n\ty = 1\n        z = 2\n", (3, 11)),
    ("unclosed_in_def", "def f(x):\n    return (x +\n\ndef g():\n    pass\n", (3, 11)),
    ("error_before_unclosed", "x = 5 5\ny = (\n", (3, 11)),
    ("lexical_error_wins", "x = 5 5\ny = 1__0\n", (3, 11)),
    ("nonlocal_ok_in_class", "def f():\n    x = 1\n    class C:\n        nonlocal x\n    return +\n",
     (3, 11)),
    ("duplicate_keyword", "f(a=1, a=2)\n", (3, 12)),
]

JIT_HEAD = "import numpy as np\nfrom pyjit import jit\n\n\n@jit\ndef f(a, b):\n"


def first(tree, cls, nth=0):
    """The nth node of class cls inside the first def, in source order."""
    fn = next(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef,
                                                           ast.AsyncFunctionDef)))
    found = [n for n in ast.walk(fn) if isinstance(n, cls) and n is not fn]
    found.sort(key=lambda n: (n.lineno, n.col_offset))
    return found[nth]


def body(lines):
    return JIT_HEAD + "".join("    " + l + "\n" for l in lines)


# (name, source, message, locate(tree) -> node with lineno/col_offset)
UNSUPPORTED = [
    ("listcomp", body(["x = [i for i in range(a)]", "return x"]),
     "list comprehensions are not supported in @jit functions",
     lambda t: first(t, ast.ListComp)),
    ("genexp", body(["return sum(i for i in range(a))"]),
     "generator expressions are not supported in @jit functions",
     lambda t: first(t, ast.GeneratorExp)),
    ("genexp_paren", body(["g = (i for i in range(a))", "return 0"]),
     "generator expressions are not supported in @jit functions",
     lambda t: first(t, ast.GeneratorExp)),
    ("setcomp", body(["return {i for i in range(a)}"]),
     "set comprehensions are not supported in @jit functions",
     lambda t: first(t, ast.SetComp)),
    ("dictcomp", body(["return {i: i for i in range(a)}"]),
     "dict comprehensions are not supported in @jit functions",
     lambda t: first(t, ast.DictComp)),
    ("lambda", body(["g = lambda x: x", "return 0"]),
     "lambda expressions are not supported in @jit functions",
     lambda t: first(t, ast.Lambda)),
    ("nested_def", body(["x = 1", "def g(y):", "    return y", "return x"]),
     "nested functions are not supported in @jit functions",
     lambda t: first(t, ast.FunctionDef)),
    ("nested_class", body(["class K:", "    pass", "return 0"]),
     "class definitions are not supported in @jit functions",
     lambda t: first(t, ast.ClassDef)),
    ("try", body(["try:", "    x = 1", "except ValueError:", "    x = 2", "return x"]),
     "try statements are not supported in @jit functions",
     lambda t: first(t, ast.Try)),
    ("with", body(["with a:", "    pass", "return 0"]),
     "with statements are not supported in @jit functions",
     lambda t: first(t, ast.With)),
    ("global", body(["global G", "return 0"]),
     "global declarations are not supported in @jit functions",
     lambda t: first(t, ast.Global)),
    ("del", body(["x = 1", "del x", "return 0"]),
     "del statements are not supported in @jit functions",
     lambda t: first(t, ast.Delete)),
    ("yield", body(["yield a"]),
     "generators are not supported in @jit functions",
     lambda t: first(t, ast.Yield)),
    ("walrus", body(["if (n := a) > 1:", "    return n", "return 0"]),
     "assignment expressions are not supported in @jit functions",
     lambda t: first(t, ast.NamedExpr)),
    ("match", body(["match a:", "    case 1:", "        return 1", "return 0"]),
     "match statements are not supported in @jit functions",
     lambda t: first(t, ast.Match)),
    ("star_call", body(["return max(*a)"]),
     "star-args (*args) in calls are not supported in @jit functions",
     lambda t: first(t, ast.Starred)),
    ("dstar_call", body(["return max(a, **b)"]),
     "**kwargs in calls are not supported in @jit functions",
     lambda t: first(t, ast.keyword)),
    ("list_display", body(["x = [1, 2, 3]", "return 0"]),
     "list displays are not supported in @jit functions",
     lambda t: first(t, ast.List)),
    ("dict_display", body(["x = {1: 2}", "return 0"]),
     "dict displays are not supported in @jit functions",
     lambda t: first(t, ast.Dict)),
    ("set_display", body(["x = {1, 2}", "return 0"]),
     "set displays are not supported in @jit functions",
     lambda t: first(t, ast.Set)),
    ("fstring", body(["print(f'{a}')", "return 0"]),
     "f-strings are not supported in @jit functions",
     lambda t: first(t, ast.JoinedStr)),
    ("import_inside", body(["import math", "return 0"]),
     "import statements inside functions are not supported in @jit functions",
     lambda t: first(t, ast.Import)),
    ("raise_from", body(["raise ValueError('x') from None"]),
     "raise ... from is not supported in @jit functions",
     lambda t: first(t, ast.Raise)),
    ("bare_raise", body(["raise"]),
     "bare raise is not supported in @jit functions",
     lambda t: first(t, ast.Raise)),
    ("string_assign", body(["s = 'abc'", "return 0"]),
     "string operations other than literals passed to calls are not supported in @jit functions",
     lambda t: first(t, ast.Constant)),
    ("string_compare", body(["if a == 'x':", "    return 1", "return 0"]),
     "string operations other than literals passed to calls are not supported in @jit functions",
     lambda t: first(t, ast.Constant)),
    ("starred_assign", body(["x, *y = a", "return 0"]),
     "starred assignment is not supported in @jit functions",
     lambda t: first(t, ast.Starred)),
    ("complex", body(["return a * 2j"]),
     "complex numbers are not supported",
     lambda t: first(t, ast.Constant)),
    ("int_too_big", body(["return a + 99999999999999999999"]),
     "integer literal is too large for int64",
     lambda t: first(t, ast.Constant)),
    ("attr_assign", body(["a.x = 1", "return 0"]),
     "attribute assignment is not supported in @jit functions",
     lambda t: first(t, ast.Attribute)),
    ("bytes", body(["print(b'x')", "return 0"]),
     "bytes literals are not supported in @jit functions",
     lambda t: first(t, ast.Constant)),
    ("ellipsis", body(["return a[..., 0]"]),
     "Ellipsis is not supported in @jit functions",
     lambda t: first(t, ast.Constant)),
    ("varargs_param",
     "from pyjit import jit\n\n@jit\ndef f(a, *rest):\n    return a\n",
     "*args parameters are not supported in @jit functions",
     lambda t: t.body[1].args.vararg),
    ("kwargs_param",
     "from pyjit import jit\n\n@jit\ndef f(a, **kw):\n    return a\n",
     "**kwargs parameters are not supported in @jit functions",
     lambda t: t.body[1].args.kwarg),
    ("kwonly_param",
     "from pyjit import jit\n\n@jit\ndef f(a, *, k=1):\n    return a\n",
     "keyword-only parameters are not supported in @jit functions",
     lambda t: t.body[1].args.kwonlyargs[0]),
    ("async_def",
     "from pyjit import jit\n\n@jit\nasync def f(a):\n    return a\n",
     "async functions are not supported in @jit functions",
     lambda t: t.body[1]),
    ("other_decorator",
     "import functools\nfrom pyjit import jit\n\n@jit\n@functools.lru_cache\ndef f(a):\n"
     "    return a\n",
     "decorator 'functools.lru_cache' is not supported on @jit functions",
     lambda t: t.body[2].decorator_list[1]),
    ("unknown_option",
     "import numba\n\n@numba.njit(cache=True, locals={})\ndef f(a):\n    return a\n",
     "unknown @jit option 'locals'",
     lambda t: t.body[1].decorator_list[0].keywords[1]),
]

KINDS_FOR_UNSUPPORTED = {"unknown_option": "TypeError"}


# Literal forms: CPython's value of each (the suite checks the lexer's).
LITERALS = [
    "0", "00", "7", "1_000", "0x7FFF_FFFF", "0XFF", "0o17", "0O7_7", "0b1010", "0B1_0",
    "9223372036854775807", "18446744073709551615", "18446744073709551616",
    "1e-3", ".5", "5.", "1_000.5e+3", "1E10",
    "0.1", "1e308", "1e-320", "3.141592653589793", "123456789012345678901234567890.0",
    "1_0.0_1", "0e0", "2.5E-3", "1.7976931348623157e308", "1e400",
    r"'abc'", r'"double"', r"'''tri" + "\n" + r"ple'''", r'"""tri"ple"""', r"r'raw\n'",
    r"R'x\''", r"'\t\n\\\'\"\a\b\f\v\x41\101\0'", r"'\u00e9\U0001F600'", r"u'uni'",
    "'caf\u00e9'", "'a\\\nb'", r"'unknown \q escape'", r"b'bytes\x00\xff'", r"rb'\d'",
    r"Br'\d'", r"""'con' "cat" '''enated'''""", r"'\777'",
]

# Token streams (no f-strings: 3.12 tokenizes them differently).
TOKEN_SAMPLES = [
    ("indent", "if x:\n    y = 1\n    if z:\n        w = 2\n    v = 3\nu = 4\n"),
    ("tabs", "if x:\n\ty = 1\n\tif z:\n\t\tw = 2\nu = 4\n"),
    ("tab_eight_spaces", "if x:\n\ty = 1\n        z = 2\n"),
    ("continuation", "x = 1 + \\\n    2\ny = (3 +\n  4)\nz = [\n 5,\n    6]\n"),
    ("comments_blank", "# c\n\nif x:  # c\n\n    # c\n      # c\n    y = 1\n\n"),
    ("no_trailing_newline", "def f():\n    return 1"),
    ("dedent_to_zero", "class A:\n    def f(self):\n        if x:\n            pass\ny = 1\n"),
    ("operators", "a += b -= c *= d /= e //= f %= g **= h <<= i >>= j &= k |= l ^= m @= n\n"
                  "x = a->b <= c >= d == e != f := g ... . , ; : ~ ^ | & @ ** // << >>\n"),
    ("numbers", "x = 1_000 + 0x7F + 0o7 + 0b1 + 1.5e-3 + .5 + 5. + 3j + 1E5J\n"),
    ("strings", "x = 'a' \"b\" r'c' b'd' '''e\nf''' + rb\"g\"\n"),
    ("keywords", "for x in y: pass\nwhile not a and b or c is None: break\n"),
    ("crlf", "if x:\r\n    y = 1\r\nz = 2\r\n"),
]


def literal_lines():
    import warnings
    out = []
    for lit in LITERALS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = eval(lit)
        if isinstance(v, str):
            val = "str " + v.encode("utf-8", "surrogatepass").hex()
        elif isinstance(v, bytes):
            val = "bytes " + v.hex()
        elif isinstance(v, int):
            val = "int " + (repr(v) if 0 <= v < 2**64 else "overflow")
        else:
            val = "float " + repr(v)
        out.append("lit %s\nval %s\n" % (esc(lit), val))
    return out


def token_lines():
    import io
    import tokenize
    out = []
    for name, src in TOKEN_SAMPLES:
        toks = []
        try:
            for t in tokenize.generate_tokens(io.StringIO(src, newline="").readline):
                kind = tokenize.tok_name[t.type]
                if kind in ("NL", "COMMENT", "ENCODING"):
                    continue
                if kind in ("INDENT", "DEDENT", "NEWLINE", "ENDMARKER"):
                    toks.append(kind)
                else:
                    toks.append("%s %d:%d %s" % (kind, t.start[0], t.start[1] + 1,
                                                 esc(t.string)))
        except SyntaxError as e:  # TabError, IndentationError
            toks.append("ERROR %s" % type(e).__name__)
        out.append("tokens %s\nsrc %s\n%send\n" % (name, esc(src),
                                                   "".join("tok %s\n" % t for t in toks)))
    return out


def const_lines():
    path = os.path.join(HERE, "consts_sample.py")
    ns = {}
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    for stmt in tree.body:  # one at a time: some raise (O3 = 1 / 0)
        try:
            exec(compile(ast.Module([stmt], []), path, "exec"), ns)
        except Exception:
            for t in stmt.targets:
                ns[t.id] = Exception

    def frozen(v):
        if v is None or isinstance(v, (bool, float, str)):
            return True
        if isinstance(v, int):
            return -2**63 <= v < 2**63
        if isinstance(v, tuple):
            return all(frozen(x) for x in v)
        return False

    out = []
    for name, v in ns.items():
        if name.startswith("__") or type(v).__name__ == "module":
            continue
        # O*: CPython computes something pyjit must not freeze (too big,
        # not a constant, or an error at run time); LOOPVAR: bound by `for`.
        opaque = not frozen(v) or name.startswith("O") or name == "LOOPVAR"
        out.append("const %s %s\n" % (name, "OPAQUE" if opaque else esc(repr(v))))
    return out


def esc(s):
    return (s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def compute():
    out = []
    v = sys.version_info[:2]
    for name, src, minv in SYNTAX:
        if v < minv:
            continue
        try:
            compile(src, "t.py", "exec")
        except SyntaxError as e:
            out.append((name, type(e).__name__, e.lineno, e.offset, e.msg, src))
            continue
        raise SystemExit(f"case {name}: CPython accepts it")
    for name, src, msg, locate in UNSUPPORTED:
        compile(src, "t.py", "exec")  # must be valid Python
        node = locate(ast.parse(src))
        kind = KINDS_FOR_UNSUPPORTED.get(name, "UnsupportedError")
        out.append((name, kind, node.lineno, node.col_offset + 1, msg, src))
    return out


def render(cases):
    lines = ["# generated by gen_locations.py with Python %d.%d; do not edit\n"
             % sys.version_info[:2]]
    for name, kind, line, col, msg, src in cases:
        lines.append(f"case {name}\nkind {kind}\nline {line}\ncol {col}\nmsg {msg}\n"
                     f"src {esc(src)}\nend\n")
    return "".join(lines)


def parse(text):
    cases, cur = {}, {}
    for l in text.splitlines():
        if l.startswith("#") or not l:
            continue
        k, _, v = l.partition(" ")
        if k == "end":
            cases[cur["case"]] = cur
            cur = {}
        else:
            cur[k] = v
    return cases


def main():
    cases = compute()
    extra = {"literals.txt": "".join(literal_lines()),
             "tokens.txt": "".join(token_lines()),
             "consts.txt": "".join(const_lines())}
    if "--check" not in sys.argv:
        with open(DATA, "w") as f:
            f.write(render(cases))
        for fname, text in extra.items():
            with open(os.path.join(HERE, fname), "w") as f:
                f.write("# generated by gen_locations.py; do not edit\n" + text)
        print(f"wrote {len(cases)} cases to {DATA} and {', '.join(extra)}")
        return 0
    for fname, text in extra.items():
        with open(os.path.join(HERE, fname)) as f:
            old = f.read().split("\n", 1)[1]
        if fname == "tokens.txt" and sys.version_info < (3, 12):
            # before 3.12 the tokenize module is not CPython's tokenizer (no
            # TabError): compare only the samples it accepts
            def blocks(t):
                return [b for b in t.split("end\n") if "tok ERROR" not in b]
            old, text = blocks(old), blocks(text)
            old = [b for b in old if any(b.split("\n")[0] == n.split("\n")[0] for n in text)]
            text = [b for b in text if any(b.split("\n")[0] == o.split("\n")[0] for o in old)]
        if old != text:
            print(f"{fname} differs from what CPython {sys.version_info[0]}."
                  f"{sys.version_info[1]} computes")
            return 1
    with open(DATA) as f:
        committed = parse(f.read())
    bad = 0
    for name, kind, line, col, msg, src in cases:
        c = committed.get(name)
        want = (kind, str(line), str(col), msg)
        # Python versions reword some messages; locations must agree.
        if c is None or (c["line"], c["col"]) != (str(line), str(col)) or c["kind"] != kind:
            print(f"{name}: CPython {sys.version_info[0]}.{sys.version_info[1]} says {want}, "
                  f"locations.txt says {c and (c['kind'], c['line'], c['col'], c['msg'])}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

/* tests/typeinfer/test_infer.c — inference from Python source (through the
 * frontend): signatures, return and local types, recursion, unification,
 * tuples, builtins, math, and the errors with their locations. Expected
 * types follow Numba's typing (checked against numba under /usr/bin/python3
 * where Numba and pyjit agree; pyjit's own choices are in docs/semantics.md). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

TestSuite(infer, .init = th_setup, .fini = th_teardown);

#define RET_IS(src, fn, args, want)                                                                \
    do {                                                                                           \
        TiProgram *p_ = th_infer(src, fn, args);                                                   \
        cr_assert_not_null(p_, "%s%s: %s", fn, args, th_diags());                                  \
        cr_expect_str_eq(p_->entry->ret->name, want, "%s%s", fn, args);                            \
    } while (0)

#define ERR_IS(src, fn, args, want)                                                                \
    do {                                                                                           \
        TiProgram *p_ = th_infer(src, fn, args);                                                   \
        cr_assert_null(p_, "%s%s should fail", fn, args);                                          \
        cr_expect_str_eq(th_diags(), want, "%s%s", fn, args);                                      \
    } while (0)

Test(infer, fib_recursion)
{
    const char *src = "def fib(n):\n"
                      "    if n < 2:\n"
                      "        return n\n"
                      "    return fib(n - 1) + fib(n - 2)\n"
                      "def run(n):\n"
                      "    return fib(n)\n";
    RET_IS(src, "fib", "(int64)", "int64");
    RET_IS(src, "fib", "(float64)", "float64");
    RET_IS(src, "fib", "(bool)", "int64"); /* bool - 1 is int64 */
    TiProgram *p = th_infer(src, "run", "(int64)");
    cr_assert_not_null(p);
    cr_assert_eq(p->nfuncs, 2);
    cr_assert_str_eq(p->funcs[0]->symbol, "run.int64");
    cr_assert_str_eq(p->funcs[1]->symbol, "fib.int64");
    cr_assert_eq(p->funcs[1]->ret, ti_scalar(TY_INT64));
}

Test(infer, recursion_base_case_after_recursive_path)
{
    /* the recursive return comes first in the code */
    RET_IS("def f(n):\n"
           "    if n > 0:\n"
           "        return f(n - 1) * 2\n"
           "    return 1.5\n",
           "f", "(int64)", "float64");
}

Test(infer, mutual_recursion)
{
    const char *src = "def is_even(n):\n"
                      "    if n == 0:\n"
                      "        return True\n"
                      "    return is_odd(n - 1)\n"
                      "def is_odd(n):\n"
                      "    if n == 0:\n"
                      "        return False\n"
                      "    return is_even(n - 1)\n";
    RET_IS(src, "is_even", "(int64)", "bool");
    TiProgram *p = th_infer(src, "is_odd", "(int64)");
    cr_assert_eq(p->nfuncs, 2);
    cr_assert_str_eq(th_func(p, "is_even")->ret->name, "bool");
}

Test(infer, recursion_without_normal_return_is_none)
{
    RET_IS("def f(n):\n"
           "    if n == 0:\n"
           "        raise RuntimeError(\"bottom\")\n"
           "    return f(n - 1)\n",
           "f", "(int64)", "none");
}

Test(infer, bench_kernels_scalar_subset)
{
    const char *src = "LCG_A = 1103515245\n"
                      "LCG_C = 12345\n"
                      "LCG_MASK = 0x7FFFFFFF\n"
                      "def lcg(state):\n"
                      "    state = (state * LCG_A + LCG_C) & LCG_MASK\n"
                      "    return state, state / 2147483648.0\n"
                      "def mc(n, seed):\n"
                      "    state = seed\n"
                      "    inside = 0\n"
                      "    for i in range(n):\n"
                      "        state, x = lcg(state)\n"
                      "        state, y = lcg(state)\n"
                      "        if x * x + y * y < 1.0:\n"
                      "            inside += 1\n"
                      "    return inside, state\n"
                      "def chain_length(x):\n"
                      "    steps = 1\n"
                      "    while x != 1:\n"
                      "        x = x // 2 if x % 2 == 0 else 3 * x + 1\n"
                      "        steps += 1\n"
                      "    return steps\n";
    TiProgram *p = th_infer(src, "mc", "(int64, int64)");
    cr_assert_not_null(p, "%s", th_diags());
    cr_assert_str_eq(p->entry->ret->name, "UniTuple(int64, 2)");
    cr_assert_str_eq(th_local(p->entry, "x"), "float64");
    cr_assert_str_eq(th_local(p->entry, "state"), "int64");
    cr_assert_str_eq(th_func(p, "lcg")->ret->name, "(int64, float64)");
    RET_IS(src, "chain_length", "(int64)", "int64");
}

Test(infer, module_constants_are_frozen)
{
    TiProgram *p = th_infer("K = 3\nF = 2.5\nT = (1, 2.5)\n"
                            "def f(x):\n"
                            "    return x * K + F, T\n",
                            "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    cr_assert_str_eq(p->entry->ret->name, "(float64, (int64, float64))");
    int nconst = 0;
    for (int b = 0; b < p->entry->nblocks; b++)
        for (int i = 0; i < p->entry->blocks[b].ninsts; i++) {
            TiInst *in = &p->entry->blocks[b].insts[i];
            if (in->op == OP_LOAD_GLOBAL) {
                cr_assert(in->is_const);
                nconst++;
            }
        }
    cr_assert_eq(nconst, 3);
}

Test(infer, unification_of_locals)
{
    const char *src = "def f(n):\n"
                      "    x = 0\n"
                      "    if n > 1:\n"
                      "        x = 0.5\n"
                      "    b = True\n"
                      "    b = 3\n"
                      "    return x, b\n";
    TiProgram *p = th_infer(src, "f", "(int64)");
    cr_assert_not_null(p);
    cr_assert_str_eq(th_local(p->entry, "x"), "float64");
    cr_assert_str_eq(th_local(p->entry, "b"), "int64");
    /* the store of 0 converts to the local's type */
    TiInst *st = &p->entry->blocks[0].insts[1];
    cr_assert_eq(st->op, OP_STORE_LOCAL);
    cr_assert_eq(st->sig_args[0], ti_scalar(TY_FLOAT64));
    cr_assert_eq(p->entry->value_types[st->args[0]], ti_scalar(TY_INT64));
}

Test(infer, parameter_widened_by_store)
{
    TiProgram *p = th_infer("def f(x):\n    x = x + 0.5\n    return x\n", "f", "(int64)");
    cr_assert_not_null(p);
    cr_assert_eq(p->entry->argtypes[0], ti_scalar(TY_INT64));
    cr_assert_str_eq(th_local(p->entry, "x"), "float64");
    cr_assert_str_eq(p->entry->ret->name, "float64");
}

Test(infer, return_unification)
{
    RET_IS("def f(n):\n    if n:\n        return 1\n    return 2.5\n", "f", "(int64)", "float64");
    RET_IS("def f(n):\n    if n:\n        return True\n    return 2\n", "f", "(int64)", "int64");
    RET_IS("def f(n):\n    if n:\n        return (1, 2)\n    return (True, 2.5)\n", "f", "(int64)",
           "(int64, float64)");
    RET_IS("def f(n):\n    n + 1\n", "f", "(int64)", "none");
    RET_IS("def f(n):\n    if n:\n        return\n    return None\n", "f", "(int64)", "none");
    /* NumPy scalar promotion (the full table: test_numpy_rules.c) */
    RET_IS("def f(a, b):\n    return a + b\n", "f", "(int32, int8)", "int32");
    RET_IS("def f(a, b):\n    return a + b\n", "f", "(uint8, uint32)", "uint32");
    RET_IS("def f(a, b):\n    return a + b\n", "f", "(float32, float32)", "float32");
    RET_IS("def f(a, b):\n    return a + b\n", "f", "(float32, int64)", "float64");
}

Test(infer, operators)
{
    RET_IS("def f(a, b):\n    return a / b\n", "f", "(int64, int64)", "float64");
    RET_IS("def f(a, b):\n    return a // b\n", "f", "(int64, int64)", "int64");
    RET_IS("def f(a, b):\n    return a // b\n", "f", "(float64, int64)", "float64");
    RET_IS("def f(a, b):\n    return a % b\n", "f", "(bool, bool)", "int64");
    RET_IS("def f(a, b):\n    return a ** b\n", "f", "(int64, int64)", "int64");
    RET_IS("def f(a, b):\n    return a ** b\n", "f", "(int64, float64)", "float64");
    RET_IS("def f(a, b):\n    return a & b\n", "f", "(bool, bool)", "bool");
    RET_IS("def f(a, b):\n    return a ^ b\n", "f", "(bool, int64)", "int64");
    RET_IS("def f(a, b):\n    return a << b\n", "f", "(int64, int64)", "int64");
    RET_IS("def f(a, b):\n    return a + b\n", "f", "(bool, bool)", "int64");
    RET_IS("def f(a):\n    return -a\n", "f", "(bool)", "int64");
    RET_IS("def f(a):\n    return ~a\n", "f", "(bool)", "int64");
    RET_IS("def f(a):\n    return -a\n", "f", "(float32)", "float32");
    RET_IS("def f(a):\n    return not a\n", "f", "(float64)", "bool");
    RET_IS("def f(a, b):\n    return a < b\n", "f", "(int64, float64)", "bool");
    RET_IS("def f(a, b):\n    return 0 < a < b\n", "f", "(int64, float64)", "bool");
    RET_IS("def f(a):\n    return a is None\n", "f", "(int64)", "bool");
    RET_IS("def f(a, b):\n    return (a, 1) == (b, 2)\n", "f", "(int64, float64)", "bool");
    RET_IS("def f(a, b):\n    return a if a > b else b\n", "f", "(int64, float64)", "float64");
}

Test(infer, binary_signature_converts_operands)
{
    TiProgram *p = th_infer("def f(a, b):\n    return a / b\n", "f", "(int64, int64)");
    cr_assert_not_null(p);
    TiInst *in = &p->entry->blocks[0].insts[2];
    cr_assert_eq(in->op, OP_BINARY);
    cr_assert_eq(in->sig_args[0], ti_scalar(TY_FLOAT64));
    cr_assert_eq(in->sig_args[1], ti_scalar(TY_FLOAT64));
    cr_assert_eq(in->sig_ret, ti_scalar(TY_FLOAT64));
}

Test(infer, tuples)
{
    RET_IS("def f(t):\n    return t[0] + t[-1]\n", "f", "((int64, float64))", "float64");
    RET_IS("def f(t, i):\n    return t[i]\n", "f", "(UniTuple(f8, 3), int64)", "float64");
    RET_IS("def f(a):\n    x, y = a, 2.5\n    return y, x\n", "f", "(int64)", "(float64, int64)");
    RET_IS("def f(a):\n    return (a,) + (1.5, 2)\n", "f", "(int64)", "(int64, float64, int64)");
    RET_IS("def f(t):\n    s = 0.0\n    for v in t:\n        s += v\n    return s\n", "f",
           "(UniTuple(i8, 4))", "float64");
    RET_IS("def f(t):\n    return len(t)\n", "f", "(UniTuple(i8, 4))", "int64");
    TiProgram *p = th_infer("def f(t):\n    return t[-1]\n", "f", "((int64, bool, float64))");
    cr_assert_not_null(p);
    TiInst *in = &p->entry->blocks[0].insts[2];
    cr_assert_eq(in->op, OP_INDEX);
    cr_assert(in->has_imm);
    cr_assert_eq(in->imm, 2);
}

Test(infer, unpack_value_order)
{
    TiProgram *p = th_infer("def f(a):\n    x, y = a\n    return x\n", "f", "((int64, float64))");
    cr_assert_not_null(p);
    TiInst *in = &p->entry->blocks[0].insts[1];
    cr_assert_eq(in->op, OP_UNPACK);
    cr_assert_eq(in->nres, 2);
    /* item 0 is on top: pushed last */
    cr_assert_eq(p->entry->value_types[in->res], ti_scalar(TY_FLOAT64));
    cr_assert_eq(p->entry->value_types[in->res + 1], ti_scalar(TY_INT64));
    cr_assert_str_eq(th_local(p->entry, "x"), "int64");
}

Test(infer, builtins)
{
    RET_IS("def f(a):\n    return abs(a)\n", "f", "(bool)", "int64");
    RET_IS("def f(a):\n    return abs(a)\n", "f", "(float32)", "float32");
    RET_IS("def f(a, b):\n    return min(a, b)\n", "f", "(int64, float64)", "float64");
    RET_IS("def f(a, b):\n    return max(a, b, 3)\n", "f", "(int64, bool)", "int64");
    RET_IS("def f(t):\n    return max(t)\n", "f", "(UniTuple(f8, 3))", "float64");
    RET_IS("def f(a):\n    return int(a)\n", "f", "(float64)", "int64");
    RET_IS("def f():\n    return int(), float(), bool()\n", "f", "()", "(int64, float64, bool)");
    RET_IS("def f(a):\n    return float(a)\n", "f", "(bool)", "float64");
    RET_IS("def f(a):\n    return bool(a)\n", "f", "(float64)", "bool");
    RET_IS("def f(a):\n    return round(a)\n", "f", "(float64)", "int64");
    RET_IS("def f(a):\n    return round(a, 2)\n", "f", "(float64)", "float64");
    RET_IS("def f(a):\n    return round(a, -1)\n", "f", "(int64)", "int64");
    RET_IS("def f(a):\n    return round(a, ndigits=1)\n", "f", "(float64)", "float64");
    RET_IS("def f(n):\n    s = 0\n    for i in range(1, n, 2):\n        s += i\n    return s\n",
           "f", "(int64)", "int64");
    RET_IS("def f(n):\n    print(n, 'x', (1, 2.5), None, sep='', end='\\n')\n", "f", "(int64)",
           "none");
    RET_IS("def f(n):\n    s = 0\n    for i, v in enumerate(range(n)):\n        s += i * v\n"
           "    return s\n",
           "f", "(int64)", "int64");
    RET_IS("def f(t):\n    s = 0.0\n    for a, b in zip(range(3), t):\n        s += a * b\n"
           "    return s\n",
           "f", "(UniTuple(f8, 3))", "float64");
}

Test(infer, len_of_tuple_is_constant)
{
    TiProgram *p = th_infer("def f(t):\n    return len(t)\n", "f", "(UniTuple(i8, 4))");
    cr_assert_not_null(p);
    TiInst *in = &p->entry->blocks[0].insts[2];
    cr_assert_eq(in->op, OP_CALL);
    cr_assert(in->is_const);
    cr_assert_eq(in->konst.kind, FC_INT);
    cr_assert_eq(in->konst.v.i, 4);
}

Test(infer, math)
{
    const char *pre = "import math\nfrom math import sqrt, pi, floor as fl\n";
    char buf[512];
#define MATH(body, args, want)                                                                     \
    do {                                                                                           \
        snprintf(buf, sizeof buf, "%sdef f(a, b):\n    return %s\n", pre, body);                   \
        RET_IS(buf, "f", args, want);                                                              \
    } while (0)
    MATH("math.sqrt(a)", "(int64, int64)", "float64");
    MATH("sqrt(a) + pi", "(float64, int64)", "float64");
    MATH("math.floor(a)", "(float64, int64)", "int64");
    MATH("fl(a)", "(int64, int64)", "int64");
    MATH("math.ceil(a) + math.trunc(b)", "(float64, float64)", "int64");
    MATH("math.isnan(a)", "(float64, int64)", "bool");
    MATH("math.isfinite(a) and math.isinf(b)", "(float64, int64)", "bool");
    MATH("math.gcd(a, b)", "(int64, int64)", "int64");
    MATH("math.factorial(a)", "(int64, int64)", "int64");
    MATH("math.log(a), math.log(a, b)", "(float64, int64)", "UniTuple(float64, 2)");
    MATH("math.pow(a, b) + math.atan2(a, b) + math.hypot(a, b)", "(int64, bool)", "float64");
    MATH("math.copysign(a, b) + math.fmod(a, b)", "(float32, float64)", "float64");
    MATH("math.degrees(a) + math.radians(b) + math.e + math.tau", "(int64, int64)", "float64");
    MATH("math.inf, math.nan", "(int64, int64)", "UniTuple(float64, 2)");
#undef MATH
    TiProgram *p = th_infer("import math\ndef f():\n    return math.pi\n", "f", "()");
    cr_assert_not_null(p);
    TiInst *in = &p->entry->blocks[0].insts[1];
    cr_assert_eq(in->op, OP_LOAD_ATTR);
    cr_assert(in->is_const);
    cr_assert_eq(in->konst.v.f, 3.141592653589793);
}

Test(infer, calls_with_keywords_and_defaults)
{
    const char *src = "def g(a, b=2, c=0.5):\n"
                      "    return a * b + c\n"
                      "def f(x):\n"
                      "    return g(x, c=3), g(x), g(b=x, a=1.5)\n";
    TiProgram *p = th_infer(src, "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    /* g(x, c=3) is all ints */
    cr_assert_str_eq(p->entry->ret->name, "(int64, float64, float64)");
    cr_assert_eq(p->nfuncs, 4);
    /* g(x, c=3): argmap = [1, -1, 2] */
    TiInst *call = NULL;
    for (int i = 0; i < p->entry->blocks[0].ninsts && !call; i++)
        if (p->entry->blocks[0].insts[i].op == OP_CALL)
            call = &p->entry->blocks[0].insts[i];
    cr_assert_not_null(call);
    cr_assert_eq(call->argmap[0], 1);
    cr_assert_eq(call->argmap[1], -1);
    cr_assert_eq(call->argmap[2], 2);
    cr_assert_str_eq(call->callee->symbol, "g.int64.int64.int64");
    cr_assert_eq(call->sig_args[2], ti_scalar(TY_INT64));
}

Test(infer, exceptions)
{
    RET_IS("def f(a):\n    if a < 0:\n        raise ValueError('negative')\n    return a\n", "f",
           "(int64)", "int64");
    RET_IS("def f(a):\n    if a < 0:\n        raise ZeroDivisionError\n    return a\n", "f",
           "(int64)", "int64");
    RET_IS("def f(a):\n    assert a > 0, 'must be positive'\n    return a\n", "f", "(int64)",
           "int64");
}

Test(infer, unreachable_code_is_ignored)
{
    TiProgram *p = th_infer("def f(a):\n    while True:\n        if a > 3:\n            return a\n"
                            "        a += 1\n",
                            "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    cr_assert_str_eq(p->entry->ret->name, "int64");
}

/* ---- errors ---- */

Test(infer, error_unify_with_note)
{
    ERR_IS("def f(n):\n"
           "    x = n\n"
           "    if n > 0:\n"
           "        x = (n, n)\n"
           "    return x\n",
           "f", "(int64)",
           "4:9: error: TypingError: cannot unify int64 and UniTuple(int64, 2) for 'x'\n"
           "2:5: note: TypingError: 'x' was int64 here");
}

Test(infer, error_unify_parameter)
{
    ERR_IS("def f(n):\n    n = (1, 2)\n    return n\n", "f", "(float64)",
           "2:5: error: TypingError: cannot unify float64 and UniTuple(int64, 2) for 'n'\n"
           "1:1: note: TypingError: parameter 'n' is float64 here");
}

Test(infer, error_return_none_and_value)
{
    /* the implicit `return None` at the end */
    ERR_IS("def f(n):\n    if n > 0:\n        return n\n", "f", "(int64)",
           "3:9: error: TypingError: cannot unify int64 and none for the return value of 'f'\n"
           "1:1: note: TypingError: 'f' can reach the end of its body, which returns None (pyjit "
           "has no Optional type yet: return a value on every path)");
    ERR_IS("def f(n):\n    if n > 0:\n        return n\n    return\n", "f", "(int64)",
           "4:5: error: TypingError: cannot unify int64 and none for the return value of 'f'\n"
           "3:9: note: TypingError: 'f' returns int64 here\n"
           "4:5: note: TypingError: pyjit has no Optional type yet: return a value of the same "
           "type on every path");
}

Test(infer, error_messages)
{
    ERR_IS("def f(n):\n    return foo(n)\n", "f", "(int64)",
           "2:12: error: NameError: name 'foo' is not defined");
    ERR_IS("def f(n):\n    return n(1)\n", "f", "(int64)",
           "2:12: error: TypingError: 'int64' object is not callable");
    ERR_IS("def f(n):\n    return n + None\n", "f", "(int64)",
           "2:12: error: TypingError: unsupported operand type(s) for +: 'int64' and 'none'");
    ERR_IS("import math\ndef f(n):\n    return math.sqrt(n, 2)\n", "f", "(int64)",
           "3:12: error: TypingError: math.sqrt() takes exactly 1 argument (2 given)");
    ERR_IS("def g(a, b):\n    return a\ndef f(n):\n    return g(n, n, n)\n", "f", "(int64)",
           "4:12: error: TypingError: g() takes 2 positional arguments but 3 were given");
    ERR_IS("def f(t):\n    return t[3]\n", "f", "(UniTuple(i8, 3))",
           "2:12: error: TypingError: tuple index out of range");
    ERR_IS("def f(t):\n    a, b = t\n    return a\n", "f", "(UniTuple(i8, 3))",
           "2:5: error: TypingError: cannot unpack tuple of 3 items into 2 targets");
    ERR_IS("def f(t, i):\n    return t[i]\n", "f", "((i8, f8), int64)",
           "2:12: error: TypingError: cannot index (int64, float64) with a non-constant index "
           "(its items have different types)");
    ERR_IS("import math\ndef f(n):\n    return math.sqroot(n)\n", "f", "(int64)",
           "3:12: error: TypingError: module 'math' has no attribute 'sqroot'");
    ERR_IS("import numpy as np\ndef f(n):\n    return np.sqrt(n)\n", "f", "(int64)",
           "3:12: error: NotImplementedError: numpy.sqrt is not supported yet");
    ERR_IS("def f(n):\n    return sum(n)\n", "f", "(int64)",
           "2:12: error: NotImplementedError: builtin 'sum' is not supported by pyjit yet");
    ERR_IS("def f(n):\n    return range(1.5)\n", "f", "(int64)",
           "2:12: error: TypingError: 'float64' object cannot be interpreted as an integer");
    ERR_IS("def f(n):\n    return abs(n, n)\n", "f", "(int64)",
           "2:12: error: TypingError: abs() takes exactly 1 argument (2 given)");
    ERR_IS("def f(n):\n    for i in n:\n        pass\n", "f", "(int64)",
           "2:5: error: TypingError: 'int64' object is not iterable");
    ERR_IS("def f(n):\n    return n & 1.5\n", "f", "(int64)",
           "2:12: error: TypingError: unsupported operand type(s) for &: 'int64' and 'float64'");
    ERR_IS("def f(n):\n    raise ValueError(n)\n", "f", "(int64)",
           "2:11: error: NotImplementedError: exception arguments must be a single string "
           "literal (got 1 argument of type int64)");
}

Test(infer, error_in_callee_notes_call_site)
{
    ERR_IS("def g(a):\n    return a + None\n"
           "def f(n):\n    return g(n)\n",
           "f", "(int64)",
           "2:12: error: TypingError: unsupported operand type(s) for +: 'int64' and 'none'\n"
           "4:12: note: TypingError: in 'g' called with (int64) from 'f' here");
}

Test(infer, error_in_plain_def_is_reported_when_called)
{
    TiProgram *p =
        th_infer("def g(a):\n    return [a]\ndef f(n):\n    return g(n)\n", "f", "(int64)");
    cr_assert_null(p);
    cr_assert_geq(th_dl.nerrors, 1);
    cr_assert(strstr(th_diags(), "note: TypingError: 'g' is called here"), "%s", th_diags());
}

Test(infer, uncalled_broken_def_is_fine)
{
    RET_IS("def g(a):\n    return [a]\ndef f(n):\n    return n\n", "f", "(int64)", "int64");
}

/* Counts LOAD_LOCALs of `name` and how many of them may be unbound. */
static void count_unbound(const TiFunc *f, const char *name, int *loads, int *unbound)
{
    *loads = *unbound = 0;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            const TiInst *in = &f->blocks[b].insts[i];
            if (in->op == OP_LOAD_LOCAL && !strcmp(f->fn->local_names[in->a], name)) {
                (*loads)++;
                *unbound += in->maybe_unbound;
            }
        }
}

Test(infer, definite_assignment)
{
    int loads, unbound;
    TiProgram *p = th_infer("def f(n):\n"
                            "    if n > 0:\n"
                            "        return y\n"
                            "    y = 1\n"
                            "    return y\n",
                            "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    count_unbound(p->entry, "y", &loads, &unbound);
    cr_assert_eq(loads, 2);
    cr_assert_eq(unbound, 1);
    count_unbound(p->entry, "n", &loads, &unbound);
    cr_assert_eq(unbound, 0);
    /* assigned on both branches, and a loop variable read after the loop */
    p = th_infer("def f(n):\n"
                 "    if n > 0:\n"
                 "        x = 1\n"
                 "    else:\n"
                 "        x = 2\n"
                 "    for i in range(n):\n"
                 "        x += i\n"
                 "    return x + i\n",
                 "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    count_unbound(p->entry, "x", &loads, &unbound);
    cr_assert_eq(unbound, 0);
    count_unbound(p->entry, "i", &loads, &unbound);
    cr_assert_eq(loads, 2);
    cr_assert_eq(unbound, 1); /* after the loop: n may be 0 */
}

Test(infer, local_never_assigned)
{
    ERR_IS("def f(n):\n    if n:\n        return 1\n    return y\n    y = 2\n", "f", "(int64)",
           "4:12: error: NameError: local variable 'y' is referenced before assignment");
}

Test(infer, runaway_specialisation_is_an_error)
{
    TiProgram *p = th_infer("def b(x, n):\n"
                            "    if n == 0:\n"
                            "        return 0\n"
                            "    return b((x, x), n - 1)\n",
                            "b", "(int64, int64)");
    cr_assert_null(p);
    cr_assert(strstr(th_diags(), "too many specialisations of 'b'"), "%s", th_diags());
}

Test(infer, recursion_without_base_case_is_an_error)
{
    ERR_IS("def f(n):\n    return f(n - 1) + 1\n", "f", "(int64)",
           "2:12: error: TypingError: cannot infer the return type of 'f': every return depends "
           "on a recursive call (add a base case that returns a value)");
}

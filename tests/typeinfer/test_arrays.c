/* tests/typeinfer/test_arrays.c — array typing: the IR conventions codegen
 * relies on (sig_args, argmap, is_const attributes, methods) and the errors
 * for what pyjit rejects. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

TestSuite(arrays, .init = th_setup, .fini = th_teardown);

/* The n-th (0-based) reachable instruction with opcode op in f. */
static const TiInst *nth_inst(const TiFunc *f, FeOp op, int n)
{
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++)
            if (f->blocks[b].insts[i].op == op && n-- == 0)
                return &f->blocks[b].insts[i];
    cr_assert_fail("no instruction %d of that opcode", n);
    return NULL;
}

static TiProgram *infer_ok(const char *body, const char *sig)
{
    char src[2048];
    snprintf(src, sizeof src, "import numpy as np\ndef f(a, b=0, c=0):\n    %s\n", body);
    TiProgram *p = th_infer(src, "f", sig);
    cr_assert_not_null(p, "%s %s: %s", body, sig, th_diags());
    return p;
}

static void expect_error(const char *body, const char *sig, const char *want)
{
    char src[2048];
    snprintf(src, sizeof src, "import numpy as np\ndef f(a, b=0, c=0):\n    %s\n", body);
    TiProgram *p = th_infer(src, "f", sig);
    cr_assert_null(p, "%s %s should fail", body, sig);
    cr_expect(strstr(th_diags(), want) != NULL, "%s: want '%s' in '%s'", body, want, th_diags());
}

#define SIG_IS(inst, i, want) cr_expect_str_eq((inst)->sig_args[i]->name, want)

Test(arrays, index_signatures)
{
    TiProgram *p = infer_ok("return a[b, c]", "(float32[:, ::1], int32, uint8)");
    const TiInst *in = nth_inst(p->entry, OP_INDEX, 0);
    SIG_IS(in, 0, "array(float32, 2d, C)");
    SIG_IS(in, 1, "UniTuple(int64, 2)");
    cr_expect_str_eq(in->sig_ret->name, "float32");
    cr_expect(!in->has_imm);

    p = infer_ok("return a[1:b]", "(int64[::1], int16)");
    in = nth_inst(p->entry, OP_BUILD_SLICE, 0);
    cr_expect_eq(in->nargs, 2);
    SIG_IS(in, 0, "int64");
    SIG_IS(in, 1, "int64");
    cr_expect_eq(in->sig_ret->kind, TY_SLICE);
    cr_expect_str_eq(nth_inst(p->entry, OP_INDEX, 0)->sig_ret->name, "array(int64, 1d, C)");

    p = infer_ok("return a[::-1]", "(int64[::1],)");
    in = nth_inst(p->entry, OP_BUILD_SLICE, 0);
    cr_expect_eq(in->nargs, 3);
    SIG_IS(in, 0, "none");
    SIG_IS(in, 1, "none");
    SIG_IS(in, 2, "int64");
    cr_expect_str_eq(p->entry->ret->name, "array(int64, 1d, A)");

    p = infer_ok("return a[b, 1:]", "(int64[:, :, ::1], int64)");
    in = nth_inst(p->entry, OP_INDEX, 0);
    SIG_IS(in, 1, "(int64, slice)");
    cr_expect_str_eq(in->sig_ret->name, "array(int64, 2d, C)");
    /* a step that is not known to be 1 loses C */
    p = infer_ok("return a[b:c:b]", "(int64[::1], int64, int64)");
    cr_expect_str_eq(p->entry->ret->name, "array(int64, 1d, A)");
    /* row of a row */
    p = infer_ok("return a[b][c]", "(uint8[:, :], int64, int64)");
    cr_expect_str_eq(p->entry->ret->name, "uint8");
}

Test(arrays, store_signatures)
{
    TiProgram *p = infer_ok("a[b] = c\n    return a", "(float32[::1], int64, int64)");
    const TiInst *in = nth_inst(p->entry, OP_STORE_INDEX, 0);
    SIG_IS(in, 0, "float32");
    SIG_IS(in, 1, "array(float32, 1d, C)");
    SIG_IS(in, 2, "int64");

    p = infer_ok("a[1:3] = b\n    return a", "(int32[:, ::1], int8)");
    in = nth_inst(p->entry, OP_STORE_INDEX, 0);
    SIG_IS(in, 0, "int32");
    SIG_IS(in, 2, "slice");

    p = infer_ok("a[:, 0] = b\n    return a", "(float64[:, ::1], int16[:])");
    in = nth_inst(p->entry, OP_STORE_INDEX, 0);
    SIG_IS(in, 0, "array(int16, 1d, A)");
    SIG_IS(in, 2, "(slice, int64)");

    /* augmented: INDEX, BINARY, STORE_INDEX back to the dtype */
    p = infer_ok("a[b] += 1\n    return a", "(uint8[::1], int64)");
    cr_expect_str_eq(nth_inst(p->entry, OP_BINARY, 0)->sig_ret->name, "int64");
    SIG_IS(nth_inst(p->entry, OP_STORE_INDEX, 0), 0, "uint8");

    /* a float into a signed int array follows NumPy's setitem */
    p = infer_ok("a[0] = 2.5\n    a[1:] = 1.5\n    a.fill(0.5)\n    return a", "(int16[::1],)");
    SIG_IS(nth_inst(p->entry, OP_STORE_INDEX, 0), 0, "int16");
}

Test(arrays, attributes)
{
    TiProgram *p = infer_ok("return a.shape", "(float64[:, :, ::1],)");
    cr_expect_str_eq(p->entry->ret->name, "UniTuple(int64, 3)");
    p = infer_ok("return a.strides", "(float64[:],)");
    cr_expect_str_eq(p->entry->ret->name, "(int64,)");
    p = infer_ok("return a.ndim + a.itemsize", "(float32[:, :],)");
    const TiInst *in = nth_inst(p->entry, OP_LOAD_ATTR, 0);
    cr_expect(in->is_const);
    cr_expect_eq(in->konst.v.i, 2);
    in = nth_inst(p->entry, OP_LOAD_ATTR, 1);
    cr_expect(in->is_const);
    cr_expect_eq(in->konst.v.i, 4);
    p = infer_ok("return a.itemsize", "(bool[::1],)");
    cr_expect_eq(nth_inst(p->entry, OP_LOAD_ATTR, 0)->konst.v.i, 1);
    p = infer_ok("return a.T", "(float64[:, ::1],)");
    cr_expect_str_eq(p->entry->ret->name, "array(float64, 2d, A)");
    p = infer_ok("return a.T", "(float64[::1],)");
    cr_expect_str_eq(p->entry->ret->name, "array(float64, 1d, C)");
    p = infer_ok("return len(a) + a.size", "(float64[:, ::1],)");
    cr_expect_str_eq(p->entry->ret->name, "int64");
    p = infer_ok("return np.zeros(3, a.dtype)", "(uint16[:, :],)");
    cr_expect_str_eq(p->entry->ret->name, "array(uint16, 1d, C)");
}

Test(arrays, methods)
{
    TiProgram *p = infer_ok("return a.reshape(b, 2)", "(float64[::1], int32)");
    const TiInst *at = nth_inst(p->entry, OP_LOAD_ATTR, 0);
    cr_expect_eq(at->sig_ret->kind, TY_METHOD);
    cr_expect_eq(at->sig_ret->builtin, BI_ARRAY_RESHAPE);
    cr_expect_eq(at->sig_ret->of, at->sig_args[0]);
    const TiInst *call = nth_inst(p->entry, OP_CALL, 0);
    SIG_IS(call, 0, "int64");
    SIG_IS(call, 1, "int64");
    cr_expect_str_eq(call->sig_ret->name, "array(float64, 2d, C)");
    p = infer_ok("return a.reshape((b, 2, 1))", "(float64[:, ::1], int32)");
    SIG_IS(nth_inst(p->entry, OP_CALL, 0), 0, "UniTuple(int64, 3)");
    cr_expect_str_eq(p->entry->ret->name, "array(float64, 3d, C)");
    p = infer_ok("return a.copy()", "(int8[:, :],)");
    cr_expect_str_eq(p->entry->ret->name, "array(int8, 2d, C)");
    p = infer_ok("a.fill(b)\n    return a", "(float32[:],  int64)");
    call = nth_inst(p->entry, OP_CALL, 0);
    SIG_IS(call, 0, "float32");
    cr_expect_str_eq(call->sig_ret->name, "none");
    /* a method stored in a temporary (the callee is not pure) still works */
    p = infer_ok("return a[1:].fill(b if c else 2)", "(float32[:],  int64, bool)");
    cr_expect_str_eq(p->entry->ret->name, "none");
}

Test(arrays, creation_argmap)
{
    TiProgram *p = infer_ok("return np.zeros(a, dtype=np.int32)", "(int64,)");
    const TiInst *in = nth_inst(p->entry, OP_CALL, 0);
    cr_assert_not_null(in->argmap);
    cr_expect_eq(in->argmap[0], 1);
    cr_expect_eq(in->argmap[1], 2);
    SIG_IS(in, 0, "int64");
    cr_expect_eq(in->sig_args[1]->kind, TY_DTYPE);
    cr_expect_str_eq(in->sig_ret->name, "array(int32, 1d, C)");

    p = infer_ok("return np.arange(a)", "(int32,)");
    in = nth_inst(p->entry, OP_CALL, 0);
    cr_expect_eq(in->argmap[0], -1);
    cr_expect_eq(in->argmap[1], 1);
    cr_expect_eq(in->argmap[2], -1);
    cr_expect_eq(in->argmap[3], -1);
    SIG_IS(in, 0, "int64");

    p = infer_ok("return np.arange(1, a, 0.5, np.float32)", "(int64,)");
    in = nth_inst(p->entry, OP_CALL, 0);
    for (int i = 0; i < 3; i++)
        cr_expect_eq(in->argmap[i], i + 1);
    SIG_IS(in, 0, "float64");
    SIG_IS(in, 2, "float64");
    cr_expect_str_eq(in->sig_ret->name, "array(float32, 1d, C)");

    p = infer_ok("return np.full((a, 2), True)", "(int64,)");
    in = nth_inst(p->entry, OP_CALL, 0);
    SIG_IS(in, 0, "UniTuple(int64, 2)");
    SIG_IS(in, 1, "bool");
    cr_expect_eq(in->argmap[2], -1);

    p = infer_ok("return np.linspace(0, 1, a, endpoint=False)", "(int64,)");
    in = nth_inst(p->entry, OP_CALL, 0);
    SIG_IS(in, 0, "float64");
    SIG_IS(in, 2, "int64");
    SIG_IS(in, 3, "bool");
    cr_expect_eq(in->argmap[3], 4);

    p = infer_ok("return np.full_like(a, 7, np.float32)", "(int64[:, :],)");
    in = nth_inst(p->entry, OP_CALL, 0);
    SIG_IS(in, 1, "float32");
    cr_expect_str_eq(in->sig_ret->name, "array(float32, 2d, C)");

    p = infer_ok("return np.float32(a) + np.uint8(300) + np.bool_(a)", "(int64,)");
    cr_expect_str_eq(p->entry->ret->name, "float32");
    p = infer_ok("return np.pi + np.inf", "(int64,)");
    cr_expect(nth_inst(p->entry, OP_LOAD_ATTR, 0)->is_const);
}

Test(arrays, iteration_and_calls)
{
    TiProgram *p =
        infer_ok("s = 0.0\n    for x in a:\n        s += x\n    return s", "(float32[:],)");
    const TiInst *in = nth_inst(p->entry, OP_GET_ITER, 0);
    cr_expect_str_eq(in->sig_ret->name, "iter(array(float32, 1d, A))");
    cr_expect_str_eq(nth_inst(p->entry, OP_FOR_ITER, 0)->sig_ret->name, "float32");

    p = infer_ok("for i, r in enumerate(a):\n        return r\n    return a[0]",
                 "(int64[:, ::1],)");
    cr_expect_str_eq(nth_inst(p->entry, OP_FOR_ITER, 0)->sig_ret->name,
                     "(int64, array(int64, 1d, C))");
    p = infer_ok("s = 0\n    for x, y in zip(a, range(3)):\n        s += x * y\n    return s",
                 "(int64[::1],)");
    cr_expect_str_eq(p->entry->ret->name, "int64");

    /* arrays through calls; C and A unify to A */
    const char *src = "import numpy as np\n"
                      "def g(x):\n"
                      "    return x[0]\n"
                      "def f(a, c):\n"
                      "    v = a\n"
                      "    if c:\n"
                      "        v = a[::2]\n"
                      "    return g(v) + g(a), (v, a.shape)\n";
    p = th_infer(src, "f", "(float64[::1], bool)");
    cr_assert_not_null(p, "%s", th_diags());
    cr_expect_str_eq(th_local(p->entry, "v"), "array(float64, 1d, A)");
    cr_expect_eq(p->nfuncs, 3);
    cr_expect_str_eq(p->entry->ret->name, "(float64, (array(float64, 1d, A), (int64,)))");
}

Test(arrays, errors)
{
    expect_error("return a[1.5]", "(float64[::1],)", "only integers, slices");
    expect_error("return a[b]", "(float64[::1], bool)", "boolean mask");
    expect_error("return a[0, 1]", "(float64[::1],)",
                 "too many indices for array: array is 1-dimensional, but 2 were indexed");
    expect_error("return a + a", "(float64[::1],)", "on whole arrays");
    expect_error("return -a", "(float64[::1],)", "on whole arrays");
    expect_error("return a < 1", "(float64[::1],)", "comparing whole arrays");
    expect_error("if a:\n        return 1\n    return 2", "(float64[::1],)",
                 "cannot use a value of type array(float64, 1d, C) as a condition");
    expect_error("a[0] = 1.5\n    return a", "(uint8[::1],)",
                 "cannot store a float64 into an array of uint8");
    expect_error("a[:] = b\n    return a", "(int64[::1], float64[::1])",
                 "cannot store elements of type float64 into an array of int64");
    expect_error("a[0] = b\n    return a", "(int64[::1], int64[::1])",
                 "cannot assign an array (array(int64, 1d, C)) to a single element");
    expect_error("a[:] = b\n    return a", "(int64[:, :], int64[::1])",
                 "assigning a 1d array to a 2d slice is not supported yet");
    expect_error("return a.reshape(4)", "(float64[:],)",
                 "reshape() of an array that may not be contiguous");
    expect_error("return a.sum()", "(float64[:],)", "array attribute or method 'sum'");
    expect_error("return np.zeros(())", "(int64,)", "0-dimensional arrays");
    expect_error("return np.zeros(3, 'f8')", "(int64,)", "dtype given as a string");
    expect_error("return np.zeros(2.5)", "(int64,)",
                 "'float64' object cannot be interpreted as an integer");
    expect_error("return np.zeros(3, dtype=3)", "(int64,)",
                 "cannot interpret int64 as a data type");
    expect_error("return np.zeros(3, order='F')", "(int64,)",
                 "numpy.zeros() got an unexpected keyword argument 'order'");
    expect_error("return np.full(3)", "(int64,)", "missing required argument 'fill_value'");
    expect_error("return np.sqrt(a)", "(float64,)", "numpy.sqrt is not supported yet");
    expect_error("return a[::0]", "(float64[::1],)", "slice step cannot be zero");
    expect_error("return a[1.5:]", "(float64[::1],)", "slice indices must be integers or None");
    expect_error("return a.shape[2]", "(float64[:, :],)", "tuple index out of range");
}

/* NumPy scalars (array elements, and values computed from them) are
 * tracked: bool arithmetic follows NumPy there, and round(x, n) of a NumPy
 * float (np.round's algorithm) is rejected. */
Test(arrays, numpy_scalar_bools_and_round)
{
    TiProgram *p = infer_ok("return a[0] + a[1]", "(bool[::1],)");
    const TiInst *in = nth_inst(p->entry, OP_BINARY, 0);
    SIG_IS(in, 0, "bool");
    cr_expect_str_eq(in->sig_ret->name, "bool");
    p = infer_ok("x = a[0] > 0\n    y = a[1] > 0\n    return x * y, x // y, ~x, +y, abs(x), x / y",
                 "(int64[::1],)");
    cr_expect_str_eq(p->entry->ret->name, "(bool, int8, bool, bool, bool, float64)");
    expect_error("return a[0] - a[1]", "(bool[::1],)", "numpy boolean subtract");
    expect_error("s = 0\n    for x in a:\n        s = s + -x\n    return s", "(bool[::1],)",
                 "The numpy boolean negative");
    expect_error("return round(a[0] * 2.0, 2)", "(float64[::1],)",
                 "round(x, ndigits) of a NumPy float");
    expect_error("x = 0.5\n    if b:\n        x = a[0]\n    return round(x, 1)",
                 "(float32[::1], bool)", "round(x, ndigits) of a NumPy float");
    /* Python bools keep Python's rules */
    p = infer_ok("return (b > 0) + (c > 0), ~(b > 0), abs(b > 0)", "(float64[::1], int64, int64)");
    cr_expect_str_eq(p->entry->ret->name, "UniTuple(int64, 3)");
    p = infer_ok("return round(float(a[0]), 2) + int(a[1]) + int(a[2])", "(float64[::1],)");
    cr_expect_str_eq(p->entry->ret->name, "float64");
    p = infer_ok("s = 0\n    for x in a:\n        s += x\n    return s", "(bool[::1],)");
    cr_expect_str_eq(p->entry->ret->name, "int64");
}

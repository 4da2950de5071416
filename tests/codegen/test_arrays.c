/* tests/codegen/test_arrays.c — array codegen: the `a[i] = b[i] * 2.0` loop
 * over C arrays vectorises and carries no refcount traffic; the natural C
 * ABI takes `const jit_array *` (contiguous, strided, negative strides) and
 * returns arrays through the out-pointer with an owner reference; every
 * kernel, including ones that raise halfway, leaves rt_nrt_live() where it
 * was. Expected values are computed here from the inputs by the same
 * formula the kernel states (no Python semantics involved). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "pyjit.h"

static int64_t live0;

static void setup(void)
{
    h_setup();
    live0 = rt_nrt_live();
}

static void teardown(void)
{
    int64_t live = rt_nrt_live();
    h_teardown();
    cr_expect_eq(live, live0, "nrt allocations leaked: %lld", (long long)(live - live0));
}

TestSuite(arrays, .init = setup, .fini = teardown);

static const char *src = "import numpy as np\n"
                         "def scale(a, b, n):\n"
                         "    for i in range(n):\n"
                         "        a[i] = b[i] * 2.0\n"
                         "def twice(b):\n"
                         "    a = np.empty_like(b)\n"
                         "    for i in range(len(b)):\n"
                         "        a[i] = b[i] * 2.0\n"
                         "    return a\n"
                         "def churn(n, k):\n"
                         "    s = 0.0\n"
                         "    for i in range(n):\n"
                         "        t = np.ones(16)\n"
                         "        u = t[2:]\n"
                         "        if i == k:\n"
                         "            raise ValueError('halfway')\n"
                         "        s += u[0]\n"
                         "    return s\n"
                         "def pair(n):\n"
                         "    a = np.arange(n)\n"
                         "    b = a[::-1]\n"
                         "    return (b, a[1:])\n"
                         "def oob(n, i):\n"
                         "    a = np.zeros(n)\n"
                         "    b = np.ones(n)\n"
                         "    return a[i] + b[i]\n";

/* The body of `define ... @<sym>(` up to its closing brace. */
static char *function_text(const char *ir, const char *sym)
{
    char *head = sup_asprintf("@%s(", sym);
    const char *p = ir;
    while ((p = strstr(p, head)) != NULL) {
        const char *ls = p;
        while (ls > ir && ls[-1] != '\n')
            ls--;
        if (!strncmp(ls, "define", 6)) {
            const char *end = strstr(p, "\n}\n");
            free(head);
            return end ? sup_strndup(ls, (size_t)(end - ls + 2)) : NULL;
        }
        p++;
    }
    free(head);
    return NULL;
}

/* issue 3: inner loops over C arrays vectorise: no stride loads, no
 * wraparound select on range indices, no refcounting */
Test(arrays, c_loop_vectorises)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, src, "scale", "float64[::1], float64[::1], int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    char *body = function_text(ir, "scale.array_float64_1d_C.array_float64_1d_C.int64.impl");
    if (!body) /* inlined into the exported entry */
        body = function_text(ir, "scale.array_float64_1d_C.array_float64_1d_C.int64.cabi");
    cr_assert(body, "no scale function in\n%s", ir);
    cr_expect(strstr(body, "x double>"), "no vector instructions:\n%s", body);
    cr_expect(strstr(body, "fmul <"), "the multiply is not vectorised:\n%s", body);
    cr_expect(!strstr(body, "atomicrmw") && !strstr(body, "rt_nrt"),
              "refcount traffic in the kernel:\n%s", body);
    free(body);
    free(ir);
    h_free(&c);
}

Test(arrays, c_abi_arrays_in_and_out)
{
    Compiled c;
    cr_assert(h_compile(&c, src, "twice", "float64[:]", NULL), "%s", c.diags);
    void (*twice)(jit_array *, const jit_array *) =
        (void (*)(jit_array *, const jit_array *))cg_code_address(c.code);
    double buf[10];
    for (int i = 0; i < 10; i++)
        buf[i] = i + 0.5;
    /* every other element, backwards: data at buf[9], stride -16 bytes */
    jit_array in = {.data = &buf[9], .dtype = JIT_FLOAT64, .ndim = 1};
    in.shape[0] = 5;
    in.strides[0] = -2 * (int64_t)sizeof(double);
    jit_array out;
    memset(&out, 0xAB, sizeof out);
    twice(&out, &in);
    cr_assert_null(rt_error_pending() ? rt_error_take() : NULL);
    cr_expect_eq(out.dtype, JIT_FLOAT64);
    cr_expect_eq(out.ndim, 1);
    cr_expect_eq(out.shape[0], 5);
    cr_expect_eq(out.strides[0], (int64_t)sizeof(double));
    cr_assert_not_null(out.owner, "a new array carries its reference");
    cr_expect_eq(((RtMemInfo *)out.owner)->refcount, 1);
    for (int i = 0; i < 5; i++)
        cr_expect_eq(((double *)out.data)[i], 2.0 * buf[9 - 2 * i]);
    cr_expect_eq(buf[9], 9.5, "input untouched");
    rt_nrt_decref(out.owner);
    h_free(&c);

    /* a tuple of arrays: jit_array items inline, each with its reference */
    cr_assert(h_compile(&c, src, "pair", "int64", NULL), "%s", c.diags);
    struct {
        jit_array b, tail;
    } res;
    ((void (*)(void *, int64_t))cg_code_address(c.code))(&res, 4);
    cr_expect_eq(res.b.shape[0], 4);
    cr_expect_eq(res.b.strides[0], -8);
    cr_expect_eq(((int64_t *)res.b.data)[0], 3);
    cr_expect_eq(res.tail.shape[0], 3);
    cr_expect_eq(((int64_t *)res.tail.data)[0], 1);
    cr_expect_eq(res.b.owner, res.tail.owner, "views share one allocation");
    cr_expect_eq(((RtMemInfo *)res.b.owner)->refcount, 2);
    rt_nrt_decref(res.b.owner);
    rt_nrt_decref(res.tail.owner);
    h_free(&c);
}

/* temporaries in a loop, views of them, and an exception halfway: every
 * allocation is released, on both exits */
Test(arrays, no_leaks_when_raising_halfway)
{
    Compiled c;
    cr_assert(h_compile(&c, src, "churn", "int64, int64", NULL), "%s", c.diags);
    Val a[2] = {{.i = 1000}, {.i = -1}}, r;
    int64_t before = rt_nrt_live();
    h_call(&c, a, &r, NULL);
    cr_expect_eq(r.f, 1000.0);
    cr_expect_eq(rt_nrt_live(), before);
    a[1].i = 500;
    h_call(&c, a, &r, NULL);
    RtError *e = rt_error_take();
    cr_assert(e);
    cr_expect_str_eq(e->type, "ValueError");
    rt_error_free(e);
    cr_expect_eq(rt_nrt_live(), before, "leak on the exception path");
    h_free(&c);

    CgOptions o = {.opt_level = 3, .boundscheck = true};
    cr_assert(h_compile(&c, src, "oob", "int64, int64", &o), "%s", c.diags);
    Val b[2] = {{.i = 3}, {.i = 7}};
    h_call(&c, b, &r, NULL);
    e = rt_error_take();
    cr_assert(e);
    cr_expect_str_eq(e->type, "IndexError");
    cr_expect_str_eq(e->message, "index 7 is out of bounds for axis 0 with size 3");
    rt_error_free(e);
    cr_expect_eq(rt_nrt_live(), before);
    h_free(&c);
}

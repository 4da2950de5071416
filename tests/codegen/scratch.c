/* tests/codegen/scratch.c — developer tool (not a test): compile one
 * function of a file and call it, printing result, error, timings and an
 * optional dump. CG_SCRATCH=file CG_FN=name CG_SIG="int64" CG_A0=.. CG_A1=..
 * CG_DUMP=0|1|2 (llvm, llvm-opt, asm). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"

TestSuite(codegen, .init = h_setup, .fini = h_teardown);

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
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    h_call(&c, a, &r, tup);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("run %.1f ms\n", (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
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

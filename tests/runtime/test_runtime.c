/* tests/runtime/test_runtime.c — runtime/ against CPython: repr(float),
 * round(x, n), NumPy float32 repr (data from gen_float_repr.py), int helpers,
 * float ** float and the exception state. */
#include "runtime.h"

#include <criterion/criterion.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static FILE *open_data(void)
{
    FILE *f = fopen(RUNTIME_DATA, "r");
    cr_assert_not_null(f, "cannot open %s", RUNTIME_DATA);
    return f;
}

Test(format, float_repr_matches_cpython)
{
    FILE *f = open_data();
    char line[512];
    int n = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] != 'r')
            continue;
        uint64_t b;
        char want[256], got[256];
        cr_assert_eq(sscanf(line, "r %" SCNx64 " %255s", &b, want), 2);
        int len = rt_format_float(from_bits(b), got, sizeof got);
        if (strcmp(got, want) != 0 || len != (int)strlen(want)) {
            if (bad++ < 10)
                cr_log_error("bits %016" PRIx64 ": got %s, CPython %s", b, got, want);
        }
        n++;
    }
    fclose(f);
    cr_expect_geq(n, 2000, "only %d cases", n);
    cr_expect_eq(bad, 0, "%d of %d reprs differ", bad, n);
}

Test(format, float32_repr_matches_numpy)
{
    FILE *f = open_data();
    char line[512];
    int n = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] != 'f')
            continue;
        uint32_t b;
        char want[256], got[256];
        cr_assert_eq(sscanf(line, "f %" SCNx32 " %255s", &b, want), 2);
        float v;
        memcpy(&v, &b, sizeof v);
        rt_format_float32(v, got, sizeof got);
        if (strcmp(got, want) != 0 && bad++ < 10)
            cr_log_error("bits %08" PRIx32 ": got %s, NumPy %s", b, got, want);
        n++;
    }
    fclose(f);
    cr_expect_geq(n, 500);
    cr_expect_eq(bad, 0, "%d of %d float32 reprs differ", bad, n);
}

Test(format, truncates_to_buffer)
{
    char buf[4];
    int len = rt_format_float(0.1 + 0.2, buf, sizeof buf);
    cr_expect_eq(len, 19); /* "0.30000000000000004" */
    cr_expect_str_eq(buf, "0.3");
}

Test(round, matches_cpython)
{
    FILE *f = open_data();
    char line[512];
    int n = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] != 'n')
            continue;
        uint64_t xb, rb;
        int64_t nd;
        cr_assert_eq(sscanf(line, "n %" SCNx64 " %" SCNd64 " %" SCNx64, &xb, &nd, &rb), 3);
        double got = rt_round_half_even(from_bits(xb), nd);
        double want = from_bits(rb);
        bool same = to_bits(got) == rb || (isnan(got) && isnan(want));
        if (!same && bad++ < 10)
            cr_log_error("round(%.17g, %" PRId64 "): got %.17g, CPython %.17g", from_bits(xb), nd,
                         got, want);
        n++;
    }
    fclose(f);
    cr_expect_geq(n, 2000);
    cr_expect_eq(bad, 0, "%d of %d rounds differ", bad, n);
}

Test(ints, ipow)
{
    int64_t r;
    cr_expect_eq(rt_ipow(&r, 3, 4, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, 81);
    cr_expect_eq(rt_ipow(&r, -2, 63, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, INT64_MIN);
    cr_expect_eq(rt_ipow(&r, 0, 0, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, 1);
    cr_expect_eq(rt_ipow(&r, 7, 0, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, 1);
    /* wraps like int64: 3**41 mod 2**64 */
    cr_expect_eq(rt_ipow(&r, 3, 41, "f.py", "f", 1, 1), RT_OK);
    uint64_t w = 1;
    for (int i = 0; i < 41; i++)
        w *= 3;
    cr_expect_eq(r, (int64_t)w);
    cr_expect_eq(rt_ipow(&r, 2, -1, "f.py", "f", 3, 5), RT_EXC);
    RtError *e = rt_error_take();
    cr_assert_not_null(e);
    cr_expect_str_eq(e->type, "ValueError");
    cr_expect_eq(e->line, 3);
    cr_expect_eq(e->col, 5);
    rt_error_free(e);
    cr_expect_eq(rt_ipow(&r, 0, -1, "f.py", "f", 3, 5), RT_EXC);
    e = rt_error_take();
    cr_expect_str_eq(e->type, "ZeroDivisionError");
    cr_expect_str_eq(e->message, "0.0 cannot be raised to a negative power");
    rt_error_free(e);
}

Test(ints, factorial)
{
    int64_t r;
    cr_expect_eq(rt_factorial(&r, 0, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, 1);
    cr_expect_eq(rt_factorial(&r, 20, "f.py", "f", 1, 1), RT_OK);
    cr_expect_eq(r, 2432902008176640000LL);
    cr_expect_eq(rt_factorial(&r, 21, "f.py", "f", 1, 1), RT_EXC);
    RtError *e = rt_error_take();
    cr_expect_str_eq(e->type, "OverflowError");
    rt_error_free(e);
    cr_expect_eq(rt_factorial(&r, -1, "f.py", "f", 1, 1), RT_EXC);
    e = rt_error_take();
    cr_expect_str_eq(e->type, "ValueError");
    cr_expect_str_eq(e->message, "factorial() not defined for negative values");
    rt_error_free(e);
}

Test(ints, gcd)
{
    cr_expect_eq(rt_gcd(0, 0), 0);
    cr_expect_eq(rt_gcd(12, 18), 6);
    cr_expect_eq(rt_gcd(-12, 18), 6);
    cr_expect_eq(rt_gcd(12, -18), 6);
    cr_expect_eq(rt_gcd(-12, -18), 6);
    cr_expect_eq(rt_gcd(0, -5), 5);
    cr_expect_eq(rt_gcd(7, 0), 7);
    cr_expect_eq(rt_gcd(17, 5), 1);
}

static double fpow_ok(double a, double b)
{
    double r;
    cr_assert_eq(rt_fpow(&r, a, b, "f.py", "f", 1, 1), RT_OK, "%g ** %g raised", a, b);
    return r;
}

static void fpow_raises(double a, double b, const char *type)
{
    double r;
    cr_assert_eq(rt_fpow(&r, a, b, "f.py", "f", 1, 1), RT_EXC, "%g ** %g did not raise", a, b);
    RtError *e = rt_error_take();
    cr_assert_not_null(e);
    cr_expect_str_eq(e->type, type);
    rt_error_free(e);
}

Test(floats, fpow_special_cases)
{
    /* Values from CPython's float_pow. */
    cr_expect_eq(fpow_ok(NAN, 0.0), 1.0);
    cr_expect_eq(fpow_ok(1.0, NAN), 1.0);
    cr_expect(isnan(fpow_ok(2.0, NAN)));
    cr_expect_eq(fpow_ok(-1.0, INFINITY), 1.0);
    cr_expect_eq(fpow_ok(0.5, INFINITY), 0.0);
    cr_expect_eq(fpow_ok(0.5, -INFINITY), INFINITY);
    cr_expect_eq(fpow_ok(-INFINITY, 3.0), -INFINITY);
    cr_expect(signbit(fpow_ok(-INFINITY, -3.0)));
    cr_expect(signbit(fpow_ok(-0.0, 3.0)));
    cr_expect(!signbit(fpow_ok(-0.0, 2.0)));
    cr_expect_eq(fpow_ok(-2.0, 3.0), -8.0);
    cr_expect_eq(fpow_ok(-2.0, 2.0), 4.0);
    cr_expect_eq(fpow_ok(2.0, -1075.0), 0.0);
    cr_expect_eq(fpow_ok(2.0, 0.5), sqrt(2.0));
    fpow_raises(0.0, -1.0, "ZeroDivisionError");
    fpow_raises(-0.0, -2.5, "ZeroDivisionError");
    fpow_raises(-8.0, 1.0 / 3.0, "ValueError");
    fpow_raises(10.0, 400.0, "OverflowError");
    fpow_raises(-10.0, 401.0, "OverflowError");
}

Test(exc, pending_state_is_per_raise)
{
    cr_expect(!rt_error_pending());
    cr_expect_null(rt_error_take());
    rt_raise("ValueError", NULL, "a.py", "g", 4, 2);
    rt_raise("IndexError", "index out of range", "b.py", "h", 9, 3);
    cr_expect(rt_error_pending());
    RtError *e = rt_error_take();
    cr_assert_not_null(e);
    cr_expect_str_eq(e->type, "IndexError");
    cr_expect_str_eq(e->message, "index out of range");
    cr_expect_str_eq(e->file, "b.py");
    cr_expect_str_eq(e->func, "h");
    cr_expect(!rt_error_pending());
    rt_error_free(e);
    rt_raise("ValueError", NULL, NULL, NULL, 0, 0);
    e = rt_error_take();
    cr_expect_str_eq(e->message, "");
    rt_error_free(e);
}

Test(symbols, table_has_helpers_and_libm)
{
    const char *want[] = {"rt_raise", "rt_print_end", "rt_fpow", "rt_ipow", "sqrt",   "tgamma",
                          "fmod",     "copysign",     "pow",     "atan2",   "lgamma", "erfc"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        bool found = false;
        for (const RtSymbol *s = rt_symbols; s->name; s++)
            if (strcmp(s->name, want[i]) == 0 && s->addr)
                found = true;
        cr_expect(found, "%s missing from rt_symbols", want[i]);
    }
}

Test(nrt, alloc_refcount_free)
{
    int64_t before = rt_nrt_live();
    RtMemInfo *mi = rt_nrt_alloc(1000, "f.py", "f", 1, 1);
    cr_assert_not_null(mi);
    cr_expect_eq(mi->refcount, 1);
    cr_expect_eq(mi->nbytes, 1000);
    cr_expect_eq((uintptr_t)mi->data % 64, 0);
    memset(mi->data, 0xab, 1000);
    cr_expect_eq(rt_nrt_live(), before + 1);
    rt_nrt_incref(mi);
    rt_nrt_decref(mi);
    cr_expect_eq(rt_nrt_live(), before + 1);
    rt_nrt_decref(mi);
    cr_expect_eq(rt_nrt_live(), before);
    rt_nrt_incref(NULL);
    rt_nrt_decref(NULL);
    cr_expect_null(rt_nrt_alloc(-1, "f.py", "f", 2, 3));
    RtError *e = rt_error_take();
    cr_assert_not_null(e);
    cr_expect_str_eq(e->type, "MemoryError");
    rt_error_free(e);
    RtMemInfo *z = rt_nrt_alloc(0, "f.py", "f", 1, 1);
    cr_assert_not_null(z);
    rt_nrt_decref(z);
}

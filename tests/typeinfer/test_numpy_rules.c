/* tests/typeinfer/test_numpy_rules.c — result types of scalar arithmetic
 * (NumPy 1.24 scalar promotion) and of array operations, checked against
 * numpy_rules.inc, which gen_numpy_rules.py generates from NumPy (and Numba
 * for array layouts). "error" rows must be rejected at compile time. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

typedef struct {
    const char *src, *sig, *want;
} Row;

static const Row scalar_rows[] = {
#define SCALAR(src, sig, want) {src, sig, want},
#define ARRAY(src, sig, want)
#include "numpy_rules.inc"
#undef SCALAR
#undef ARRAY
};

static const Row array_rows[] = {
#define SCALAR(src, sig, want)
#define ARRAY(src, sig, want) {src, sig, want},
#include "numpy_rules.inc"
#undef SCALAR
#undef ARRAY
};

TestSuite(numpy_rules, .init = th_setup, .fini = th_teardown);

static int check_rows(const Row *rows, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        TiProgram *p = th_infer(rows[i].src, "f", rows[i].sig);
        const char *got = p ? p->entry->ret->name : "error";
        if (strcmp(got, rows[i].want)) {
            bad++;
            cr_log_error("%s with %s: want %s, got %s %s", rows[i].src, rows[i].sig, rows[i].want,
                         got, p ? "" : th_diags());
        }
    }
    return bad;
}

Test(numpy_rules, scalar_promotion)
{
    size_t n = sizeof scalar_rows / sizeof scalar_rows[0];
    cr_assert_gt(n, 1000);
    cr_expect_eq(check_rows(scalar_rows, n), 0);
}

Test(numpy_rules, array_operations)
{
    size_t n = sizeof array_rows / sizeof array_rows[0];
    cr_assert_gt(n, 50);
    cr_expect_eq(check_rows(array_rows, n), 0);
}

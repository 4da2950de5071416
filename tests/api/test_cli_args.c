/* tests/api/test_cli_args.c — the CLI's Python-literal parser against
 * CPython's repr of the same literals (args_cases.txt, gen_args_cases.py). */
#include "args.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Test(cli_args, literals_match_cpython)
{
    FILE *f = fopen(ARGS_DATA, "r");
    cr_assert_not_null(f, "cannot open %s", ARGS_DATA);
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        cr_assert_not_null(tab);
        *tab = '\0';
        const char *want = tab + 1;
        jit_value v;
        char *msg = NULL;
        bool ok = cli_parse_value(line, &v, &msg);
        if (strcmp(want, "ERROR") == 0) {
            cr_expect(!ok, "'%s' was accepted", line);
            if (!ok) {
                cr_expect(msg && *msg, "no message for '%s'", line);
                free(msg);
            } else {
                jit_value_clear(&v);
            }
        } else {
            cr_expect(ok, "'%s' refused: %s", line, msg ? msg : "");
            if (ok) {
                char *got = jit_value_repr(&v);
                cr_expect_str_eq(got, want, "'%s': got %s, CPython %s", line, got, want);
                jit_free(got);
                jit_value_clear(&v);
            } else {
                free(msg);
            }
        }
        n++;
    }
    fclose(f);
    cr_expect_geq(n, 50);
}

Test(cli_args, int64_overflow_message)
{
    jit_value v;
    char *msg = NULL;
    cr_assert(!cli_parse_value("9223372036854775808", &v, &msg));
    cr_expect(strstr(msg, "integer argument out of range for int64") != NULL, "%s", msg);
    free(msg);
}

Test(cli_args, kinds)
{
    jit_value v;
    char *msg = NULL;
    cr_assert(cli_parse_value("(1, 2.5, True, None)", &v, &msg));
    cr_assert_eq(v.kind, JIT_TUPLE);
    cr_assert_eq(v.v.tuple.n, 4);
    cr_expect_eq(v.v.tuple.items[0].kind, JIT_INT64);
    cr_expect_eq(v.v.tuple.items[1].kind, JIT_FLOAT64);
    cr_expect_eq(v.v.tuple.items[2].kind, JIT_BOOL);
    cr_expect_eq(v.v.tuple.items[3].kind, JIT_NONE);
    jit_value_clear(&v);
    cr_expect_eq(v.kind, JIT_NONE);
}

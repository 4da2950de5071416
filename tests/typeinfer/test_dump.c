/* tests/typeinfer/test_dump.c — the annotated-types dump. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

TestSuite(dump, .init = th_setup, .fini = th_teardown);

Test(dump, signature_and_local_types)
{
    TiProgram *p = th_infer("def g(v):\n"
                            "    return v * 2\n"
                            "\n"
                            "def f(a):\n"
                            "    x = a + 1.0\n"
                            "    i, j = 1, g(a)\n"
                            "    return x\n",
                            "f", "(int64)");
    cr_assert_not_null(p, "%s", th_diags());
    char *d = ti_dump_types(p);
    cr_assert_str_eq(d, "f(a: int64) -> float64    [f.int64]\n"
                        "def f(a):\n"
                        "    x = a + 1.0       # x: float64\n"
                        "    i, j = 1, g(a)    # i: int64, j: int64\n"
                        "    return x\n"
                        "\n"
                        "g(v: int64) -> int64    [g.int64]\n"
                        "def g(v):\n"
                        "    return v * 2\n");
    free(d);
}

/* tests/typeinfer/test_robust.c — every function of every Python file in
 * tests/cases, tests/errors and the bench kernels, inferred for several
 * argument types: a program or at least one error, never a crash, and a
 * failed inference always says why. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "typeinfer.h"

static int infer_file(const char *path, int *nprog)
{
    char *src = sup_read_file(path, NULL);
    if (!src)
        return 0;
    Interner in;
    interner_init(&in);
    DiagList dl;
    diag_init(&dl);
    TiTypes *tt = ti_types_new();
    FeModule *m = fe_load_module(path, src, &in, &dl);
    int n = 0;
    for (int i = 0; m && i < m->nfuncs; i++) {
        FeFunction *fn = m->funcs[i];
        if (fn->diags.nerrors)
            continue;
        static const char *const kinds[] = {
            "int64",     "float64", "bool", "(int64, float64)", "none", "UniTuple(int64, 3)",
            "float64[:]"};
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            const Type *t = NULL;
            cr_assert(ti_parse_signature(tt, kinds[k], &t, NULL, NULL, NULL, NULL));
            const Type *args[64];
            int na = fn->nparams < 64 ? fn->nparams : 64;
            for (int a = 0; a < na; a++)
                args[a] = t;
            DiagList d;
            diag_init(&d);
            TiProgram *p = ti_infer(tt, fn, args, na, &d);
            if (p) {
                char *dump = ti_dump_types(p);
                free(dump);
                (*nprog)++;
            } else {
                cr_expect_geq(d.nerrors, 1, "%s:%s(%s) failed silently", path, fn->name, kinds[k]);
                for (int j = 0; j < d.items.len; j++)
                    cr_expect_str_neq(d.items.data[j].kind, "InternalError", "%s:%s(%s): %s", path,
                                      fn->name, kinds[k], d.items.data[j].message);
            }
            ti_program_free(p);
            diag_free(&d);
            n++;
        }
    }
    if (m)
        fe_module_free(m);
    ti_types_free(tt);
    diag_free(&dl);
    interner_free(&in);
    free(src);
    return n;
}

static int infer_dir(const char *dir, int *nprog)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".py") || e->d_name[0] == '_')
            continue;
        char *path = sup_asprintf("%s/%s", dir, e->d_name);
        n += infer_file(path, nprog);
        free(path);
    }
    closedir(d);
    return n;
}

Test(robust, every_function_of_the_test_corpus)
{
    int nprog = 0, n = 0;
    n += infer_dir(TI_SOURCE_ROOT "/tests/cases", &nprog);
    n += infer_dir(TI_SOURCE_ROOT "/tests/errors", &nprog);
    n += infer_dir("/work/shared/bench/kernels", &nprog);
    cr_assert_gt(n, 100, "corpus not found under %s", TI_SOURCE_ROOT);
    cr_assert_gt(nprog, n / 10);
}

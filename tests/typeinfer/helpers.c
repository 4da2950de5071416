/* tests/typeinfer/helpers.c — see helpers.h. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

TiTypes *th_tt;
DiagList th_dl;
static Interner th_in;
static FeModule *th_mod;
static TiProgram *th_prog;
static char *th_text;

void th_setup(void)
{
    interner_init(&th_in);
    diag_init(&th_dl);
    th_tt = ti_types_new();
    th_mod = NULL;
    th_prog = NULL;
    th_text = NULL;
}

void th_teardown(void)
{
    ti_program_free(th_prog);
    if (th_mod)
        fe_module_free(th_mod);
    ti_types_free(th_tt);
    diag_free(&th_dl);
    interner_free(&th_in);
    free(th_text);
}

const Type *th_type(const char *text)
{
    const Type *t = NULL;
    char *err = NULL;
    if (!ti_parse_signature(th_tt, text, &t, NULL, NULL, &err, NULL))
        cr_assert_fail("bad type %s: %s", text, err);
    return t;
}

TiProgram *th_infer(const char *src, const char *name, const char *args)
{
    ti_program_free(th_prog);
    th_prog = NULL;
    diag_free(&th_dl);
    diag_init(&th_dl);
    if (th_mod)
        fe_module_free(th_mod);
    th_mod = fe_load_module("t.py", src, &th_in, &th_dl);
    cr_assert_not_null(th_mod, "frontend rejected the source: %s", th_diags());
    FeFunction *fn = fe_module_function(th_mod, name);
    cr_assert_not_null(fn, "no function %s", name);
    const Type *ret = NULL, **argv = NULL;
    int n = 0;
    char *err = NULL;
    if (!ti_parse_signature(th_tt, args, &ret, &argv, &n, &err, NULL))
        cr_assert_fail("bad signature %s: %s", args, err);
    th_prog = ti_infer(th_tt, fn, argv, n, &th_dl);
    free(argv);
    if (th_prog) {
        cr_assert_eq(th_prog->entry, th_prog->funcs[0]);
        for (int i = 0; i < th_prog->nfuncs; i++) {
            const TiFunc *f = th_prog->funcs[i];
            cr_assert_not_null(f->ret);
            cr_assert_not_null(f->symbol);
            cr_assert_eq(f->index, i);
            /* every reachable value has a type */
            for (int b = 0; b < f->nblocks; b++)
                for (int k = 0; k < f->blocks[b].ninsts; k++) {
                    const TiInst *in = &f->blocks[b].insts[k];
                    for (int r = 0; r < in->nres; r++)
                        cr_assert_not_null(f->value_types[in->res + r], "%s pc %d untyped",
                                           f->symbol, in->pc);
                }
        }
    }
    return th_prog;
}

const char *th_diags(void)
{
    StrBuf sb = {0};
    for (int i = 0; i < th_dl.items.len; i++) {
        const Diag *d = &th_dl.items.data[i];
        sb_printf(&sb, "%s%d:%d: %s: %s: %s", i ? "\n" : "", d->loc.line, d->loc.col,
                  diag_severity_name(d->severity), d->kind, d->message);
    }
    free(th_text);
    th_text = sb_take(&sb);
    return th_text;
}

const char *th_local(const TiFunc *f, const char *name)
{
    for (int i = 0; i < f->fn->nlocals; i++)
        if (!strcmp(f->fn->local_names[i], name))
            return f->local_types[i] ? f->local_types[i]->name : "<unset>";
    return "<no such local>";
}

const TiFunc *th_func(const TiProgram *p, const char *name)
{
    for (int i = 0; p && i < p->nfuncs; i++)
        if (!strcmp(p->funcs[i]->fn->name, name))
            return p->funcs[i];
    return NULL;
}

/* tests/codegen/harness.c — see harness.h. */
#include "harness.h"

#include <ffi.h>
#include <stdlib.h>
#include <string.h>

static Interner in;
static TiTypes *tt;
static CgTarget *target;
static FeModule *mods[64];
static char *mod_src[64];
static int nmods;

void h_setup(void)
{
    interner_init(&in);
    tt = ti_types_new();
    char *err = NULL;
    target = cg_target_new(&err);
    free(err);
}

void h_teardown(void)
{
    for (int i = 0; i < nmods; i++) {
        fe_module_free(mods[i]);
        free(mod_src[i]);
    }
    nmods = 0;
    cg_target_free(target);
    target = NULL;
    ti_types_free(tt);
    interner_free(&in);
}

CgTarget *h_target(void)
{
    return target;
}

static void render(DiagList *dl, const char *source, char **out)
{
    StrBuf sb = {0};
    sb_puts(&sb, "");
    for (int i = 0; i < dl->items.len; i++)
        diag_render(&sb, &dl->items.data[i], source);
    *out = sb_take(&sb);
}

bool h_compile(Compiled *c, const char *src, const char *fname, const char *argtypes,
               const CgOptions *opts)
{
    memset(c, 0, sizeof *c);
    DiagList dl;
    diag_init(&dl);
    FeModule *m = NULL;
    for (int i = 0; i < nmods; i++)
        if (!strcmp(mod_src[i], src))
            m = mods[i];
    if (!m) {
        m = fe_load_module("test.py", src, &in, &dl);
        if (!m) {
            render(&dl, src, &c->diags);
            diag_free(&dl);
            return false;
        }
        if (nmods < 64) {
            mods[nmods] = m;
            mod_src[nmods++] = sup_strdup(src);
        }
    }
    FeFunction *fn = fe_module_function(m, fname);
    if (!fn) {
        c->diags = sup_asprintf("no function %s", fname);
        diag_free(&dl);
        return false;
    }
    char *sig = sup_asprintf("(%s)", argtypes);
    const Type *ret = NULL;
    const Type **args = NULL;
    int nargs = 0, errcol = 0;
    char *err = NULL;
    if (!ti_parse_signature(tt, sig, &ret, &args, &nargs, &err, &errcol)) {
        /* a single type: "(int64)" parses as a 1-tuple type? retry without */
        free(err);
        err = NULL;
    }
    free(sig);
    if (!args && argtypes[0]) {
        c->diags = sup_asprintf("bad signature %s", argtypes);
        diag_free(&dl);
        return false;
    }
    c->prog = ti_infer(tt, fn, args, nargs, &dl);
    if (!c->prog) {
        render(&dl, m->source, &c->diags);
        diag_free(&dl);
        free(args);
        return false;
    }
    CgOptions def = {.opt_level = 3};
    c->code = cg_compile(target, c->prog, opts ? opts : &def, &dl);
    if (!c->code) {
        render(&dl, m->source, &c->diags);
        diag_free(&dl);
        ti_program_free(c->prog);
        c->prog = NULL;
        free(args);
        return false;
    }
    c->ret = c->prog->entry->ret;
    c->nargs = nargs;
    c->args = args;
    diag_free(&dl);
    return true;
}

void h_free(Compiled *c)
{
    cg_code_free(c->code);
    if (c->prog)
        ti_program_free(c->prog);
    free(c->args);
    free(c->diags);
    memset(c, 0, sizeof *c);
}

static ffi_type *ffi_of(const Type *t)
{
    switch (t->kind) {
    case TY_BOOL:
        return &ffi_type_uint8;
    case TY_INT64:
        return &ffi_type_sint64;
    case TY_FLOAT64:
        return &ffi_type_double;
    case TY_NONE:
        return &ffi_type_void;
    default:
        return &ffi_type_pointer;
    }
}

void h_call(const Compiled *c, const Val *args, Val *ret, void *tuple_out)
{
    ffi_cif cif;
    ffi_type *at[8];
    void *av[8];
    int n = 0;
    bool tup = c->ret->kind == TY_TUPLE;
    uint8_t bools[8];
    if (tup) {
        at[n] = &ffi_type_pointer;
        av[n++] = &tuple_out;
    }
    for (int i = 0; i < c->nargs; i++) {
        at[n] = ffi_of(c->args[i]);
        if (c->args[i]->kind == TY_BOOL) {
            bools[i] = args[i].b;
            av[n++] = &bools[i];
        } else {
            av[n++] = (void *)&args[i];
        }
    }
    ffi_type *rt = tup ? &ffi_type_void : ffi_of(c->ret);
    ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)n, rt, at);
    ffi_arg big[2] = {0, 0};
    ffi_call(&cif, FFI_FN(cg_code_address(c->code)), big, av);
    if (!tup && ret) {
        memset(ret, 0, sizeof *ret);
        if (c->ret->kind == TY_FLOAT64)
            memcpy(&ret->f, big, sizeof(double));
        else if (c->ret->kind == TY_BOOL)
            ret->b = (uint8_t)big[0] != 0;
        else
            ret->i = (int64_t)big[0];
    }
}

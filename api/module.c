/* api/module.c — loading a module: source → FeModule (frontend) → one
 * jit_function per top-level def; eager signatures (@jit("f8(f8)")) are
 * compiled here, and their errors fail the load at the decorator. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Compiles the eager signatures of fn; false + *err on the first failure. */
static bool compile_eager(jit_function *fn, jit_error **err)
{
    jit_context *ctx = fn->mod->ctx;
    const FeFunction *f = fn->fe;
    const char *source = fn->mod->fe->source;
    const char *file = fn->mod->fe->filename;
    if (f->nsigs == 0)
        return true;
    fn->eager = sup_calloc((size_t)f->nsigs, sizeof *fn->eager);
    for (int i = 0; i < f->nsigs; i++) {
        const Type *ret = NULL, **args = NULL;
        int nargs = 0, errcol = 0;
        char *msg = NULL;
        pthread_mutex_lock(&ctx->compile_lock);
        bool ok = ti_parse_signature(ctx->types, f->sigs[i], &ret, &args, &nargs, &msg, &errcol);
        pthread_mutex_unlock(&ctx->compile_lock);
        DiagList dl;
        diag_init(&dl);
        if (!ok) {
            diag_add(&dl, DIAG_ERROR, "TypingError", file, f->sig_loc,
                     "invalid signature \"%s\" for '%s': %s (at column %d of the signature)",
                     f->sigs[i], f->name, msg ? msg : "syntax error", errcol);
            free(msg);
            jit__set_error(err, jit__error_from_diags(&dl, source));
            diag_free(&dl);
            return false;
        }
        if (nargs != f->nparams) {
            diag_add(&dl, DIAG_ERROR, "TypingError", file, f->sig_loc,
                     "signature \"%s\" has %d argument type%s but '%s' takes %d parameter%s",
                     f->sigs[i], nargs, nargs == 1 ? "" : "s", f->name, f->nparams,
                     f->nparams == 1 ? "" : "s");
            jit__set_error(err, jit__error_from_diags(&dl, source));
            diag_free(&dl);
            free(args);
            return false;
        }
        jit_error *cerr = NULL;
        jit_compiled *c = jit__compile(fn, args, nargs, &cerr);
        free(args);
        if (!c) {
            /* Keep the inference diagnostics, then say which signature. */
            char *text = jit_error_render(cerr);
            StrBuf sb = {0};
            sb_puts(&sb, text);
            free(text);
            Diag note = {DIAG_NOTE, jit_error_type(cerr), file, f->sig_loc, NULL};
            note.message = sup_asprintf("while compiling the eager signature \"%s\" of '%s'",
                                        f->sigs[i], f->name);
            diag_render(&sb, &note, source);
            free(note.message);
            jit_error *e = jit__error_clone(cerr);
            jit_error_free(cerr);
            jit__error_set_rendered(e, sb_take(&sb));
            jit__set_error(err, e);
            diag_free(&dl);
            return false;
        }
        if (ret && ret != c->ret) {
            jit_error *cerr2 = NULL;
            jit_compiled *conv = jit__convert_return(c, ret, &cerr2);
            if (!conv) {
                diag_add(&dl, DIAG_ERROR, "TypingError", file, f->sig_loc,
                         "signature \"%s\" declares the return type %s but '%s' returns %s for "
                         "these arguments, which does not convert to %s without loss",
                         f->sigs[i], ret->name, f->name, c->ret ? c->ret->name : "?", ret->name);
                jit_error_free(cerr2);
                jit__set_error(err, jit__error_from_diags(&dl, source));
                diag_free(&dl);
                return false;
            }
            c = conv;
        }
        diag_free(&dl);
        fn->eager[fn->neager++] = c;
    }
    return true;
}

static jit_module *load(jit_context *ctx, const char *name, const char *source, double t0,
                        jit_error **err)
{
    DiagList dl;
    diag_init(&dl);
    pthread_mutex_lock(&ctx->compile_lock);
    FeModule *fe = fe_load_module(name, source, &ctx->interner, &dl);
    pthread_mutex_unlock(&ctx->compile_lock);
    if (!fe || dl.nerrors > 0) {
        jit__set_error(err, jit__error_from_diags(&dl, source));
        diag_free(&dl);
        if (fe)
            fe_module_free(fe);
        return NULL;
    }
    diag_free(&dl);
    jit_module *m = sup_calloc(1, sizeof *m);
    m->ctx = ctx;
    m->fe = fe;
    m->parse_ms = jit__now_ms() - t0;
    m->nfuncs = fe->nfuncs;
    m->funcs = sup_calloc((size_t)(fe->nfuncs ? fe->nfuncs : 1), sizeof *m->funcs);
    for (int i = 0; i < fe->nfuncs; i++) {
        jit_function *fn = sup_calloc(1, sizeof *fn);
        fn->mod = m;
        fn->fe = fe->funcs[i];
        m->funcs[i] = fn;
    }
    pthread_mutex_lock(&ctx->cache_lock);
    vec_push(&ctx->modules, m);
    pthread_mutex_unlock(&ctx->cache_lock);
    jit__register_source(m);
    /* Every eagerly-signed function is compiled, so one load reports all of
     * their errors: the first error, rendered with all the others. */
    jit_error *first = NULL;
    StrBuf all = {0};
    for (int i = 0; i < m->nfuncs; i++) {
        jit_error *e = NULL;
        if (!m->funcs[i]->fe->jitted || compile_eager(m->funcs[i], &e))
            continue;
        char *text = jit_error_render(e);
        sb_puts(&all, text);
        free(text);
        if (!first)
            first = e;
        else
            jit_error_free(e);
    }
    if (first) {
        jit__error_set_rendered(first, sb_take(&all));
        jit__set_error(err, first);
        return NULL; /* the module stays owned by the context */
    }
    sb_free(&all);
    return m;
}

jit_module *jit_module_load_string(jit_context *ctx, const char *name, const char *source,
                                   jit_error **err)
{
    if (!ctx || !source) {
        jit__invalid(err, "jit_module_load_string: %s is NULL", !ctx ? "ctx" : "source");
        return NULL;
    }
    return load(ctx, name ? name : "<string>", source, jit__now_ms(), err);
}

jit_module *jit_module_load_file(jit_context *ctx, const char *path, jit_error **err)
{
    if (!ctx || !path) {
        jit__invalid(err, "jit_module_load_file: %s is NULL", !ctx ? "ctx" : "path");
        return NULL;
    }
    double t0 = jit__now_ms();
    size_t len = 0;
    char *src = sup_read_file(path, &len);
    if (!src) {
        int e = errno;
        jit__set_error(err,
                       jit__error_new(e == ENOENT ? "FileNotFoundError" : "OSError", NULL, 0, 0,
                                      "can't open file '%s': [Errno %d] %s", path, e, strerror(e)));
        return NULL;
    }
    if (strlen(src) != len) {
        free(src);
        jit__set_error(err, jit__error_new("SyntaxError", path, 0, 0,
                                           "source code cannot contain null bytes"));
        return NULL;
    }
    jit_module *m = load(ctx, path, src, t0, err);
    free(src);
    return m;
}

jit_function *jit_module_function(jit_module *mod, const char *name)
{
    if (!mod || !name)
        return NULL;
    for (int i = mod->nfuncs - 1; i >= 0; i--) /* a later def of a name wins */
        if (strcmp(mod->funcs[i]->fe->name, name) == 0)
            return mod->funcs[i];
    return NULL;
}

const char *jit_function_name(const jit_function *fn)
{
    return fn ? fn->fe->name : NULL;
}
int jit_function_nparams(const jit_function *fn)
{
    return fn ? fn->fe->nparams : -1;
}
bool jit_function_is_jitted(const jit_function *fn)
{
    return fn && fn->fe->jitted;
}

size_t jit_module_nfunctions(const jit_module *mod)
{
    return mod ? (size_t)mod->nfuncs : 0;
}

jit_function *jit_module_function_at(jit_module *mod, size_t i)
{
    return mod && i < (size_t)mod->nfuncs ? mod->funcs[i] : NULL;
}

int jit_function_check(jit_function *fn, jit_error **err)
{
    if (!fn) {
        jit__invalid(err, "jit_function_check: fn is NULL");
        return -1;
    }
    if (fn->fe->diags.nerrors == 0)
        return 0;
    jit__set_error(err, jit__error_from_diags(&fn->fe->diags, fn->mod->fe->source));
    return -1;
}

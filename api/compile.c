/* api/compile.c — the pipeline driver (bytecode → typed IR → machine code)
 * and the per-signature cache: (function, argument types, options) → one
 * jit_compiled, compiled once even when many threads ask at the same time. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static CgOptions cg_options(const jit_context *ctx, const FeFunction *fn, bool keep_ir)
{
    CgOptions o = {0};
    o.opt_level = ctx->opts.opt_level;
    o.fastmath = ctx->opts.fastmath || fn->options.fastmath;
    o.boundscheck = ctx->opts.boundscheck || fn->options.boundscheck;
    o.debug = ctx->opts.debug || fn->options.debug;
    o.perf_map = ctx->opts.perf_map;
    o.keep_ir = keep_ir;
    return o;
}

/* The whole pipeline, QBE-style. Runs under ctx->compile_lock. */
static jit_compiled *compile_uncached(jit_function *fn, const Type *const *argtypes, int nargs,
                                      jit_error **err)
{
    jit_context *ctx = fn->mod->ctx;
    const char *source = fn->mod->fe->source;
    DiagList dl;
    diag_init(&dl);
    jit_compiled *c = sup_calloc(1, sizeof *c);
    c->fn = fn;
    double t0 = jit__now_ms();
    if (fn->fe->diags.nerrors > 0) /* an undecorated def pyjit could not translate */
        diag_append(&dl, &fn->fe->diags);
    else
        c->prog = ti_infer(ctx->types, fn->fe, argtypes, nargs, &dl); /* → typed IR */
    double t1 = jit__now_ms();
    if (c->prog) {
        CgOptions o = cg_options(ctx, fn->fe, false);
        c->code = cg_compile(ctx->target, c->prog, &o, &dl); /* → LLVM → machine code */
    }
    if (!c->prog || !c->code || dl.nerrors > 0) {
        jit__set_error(err, jit__error_from_diags(&dl, source));
        diag_free(&dl);
        jit__compiled_free(c);
        return NULL;
    }
    diag_free(&dl);
    c->address = cg_code_address(c->code);
    c->nargs = nargs;
    c->argtypes = sup_calloc((size_t)(nargs ? nargs : 1), sizeof *c->argtypes);
    memcpy(c->argtypes, argtypes, sizeof *argtypes * (size_t)nargs);
    c->ret = c->prog->entry->ret;
    c->ffi_ok = jit__prepare_ffi(c, NULL); /* jit_call reports the reason if false */
    c->times.bytecode_ms = fn->mod->fe->bytecode_ms;
    c->times.parse_ms = fn->mod->parse_ms - c->times.bytecode_ms;
    c->times.infer_ms = t1 - t0;
    cg_code_times(c->code, &c->times.lower_ms, &c->times.opt_ms, &c->times.mc_ms);
    c->times.total_ms = jit__now_ms() - t0;
    return c;
}

void jit__compiled_free(jit_compiled *c)
{
    if (!c)
        return;
    jit__free_ffi(c);
    jit__free_conv(c);
    if (c->code)
        cg_code_free(c->code);
    if (c->prog)
        ti_program_free(c->prog);
    free(c->argtypes);
    free(c);
}

void jit__function_free(jit_function *fn)
{
    /* Return-converting entries first: they point at cached code. */
    for (int i = 0; i < fn->neager; i++)
        if (fn->eager[i]->conv) /* the others belong to the cache */
            jit__compiled_free(fn->eager[i]);
    for (int i = 0; i < fn->entries.len; i++) {
        CacheEntry *e = fn->entries.data[i];
        jit__compiled_free(e->compiled);
        jit_error_free(e->error);
        free(e);
    }
    vec_free(&fn->entries);
    map_free(&fn->cache);
    free(fn->eager);
    free(fn);
}

jit_compiled *jit__compile(jit_function *fn, const Type *const *argtypes, int nargs,
                           jit_error **err)
{
    jit_context *ctx = fn->mod->ctx;
    /* Key: nargs then the interned argument types. The context's options are
     * fixed for its lifetime, so they are implied by the per-context cache. */
    size_t klen = sizeof(const void *) * (size_t)(nargs + 1);
    const void *stackkey[16];
    const void **key = nargs < 16 ? stackkey : sup_malloc(klen);
    key[0] = (const void *)(intptr_t)nargs;
    for (int i = 0; i < nargs; i++)
        key[i + 1] = argtypes[i];

    pthread_mutex_lock(&ctx->cache_lock);
    CacheEntry *e = map_get_bytes(&fn->cache, key, klen);
    bool owner = false;
    if (!e) {
        e = sup_calloc(1, sizeof *e);
        e->state = CE_COMPILING;
        map_put_bytes(&fn->cache, key, klen, e);
        vec_push(&fn->entries, e);
        owner = true;
        ctx->ncompiles++;
    }
    while (!owner && e->state == CE_COMPILING)
        pthread_cond_wait(&ctx->cache_cond, &ctx->cache_lock);
    pthread_mutex_unlock(&ctx->cache_lock);
    if (key != stackkey)
        free(key);

    if (owner) {
        jit_error *cerr = NULL;
        pthread_mutex_lock(&ctx->compile_lock);
        jit_compiled *c = compile_uncached(fn, argtypes, nargs, &cerr);
        pthread_mutex_unlock(&ctx->compile_lock);
        pthread_mutex_lock(&ctx->cache_lock);
        e->compiled = c;
        e->error = cerr;
        e->state = c ? CE_READY : CE_FAILED;
        pthread_cond_broadcast(&ctx->cache_cond);
        pthread_mutex_unlock(&ctx->cache_lock);
    }
    /* A finished entry never changes again, so reading it unlocked is safe. */
    if (e->state == CE_READY)
        return e->compiled;
    jit__set_error(err, jit__error_clone(e->error));
    return NULL;
}

static bool valid_arg_type(const Type *t)
{
    if (!t)
        return false;
    if (t->kind <= TY_NONE || t->kind == TY_ARRAY)
        return true;
    if (t->kind != TY_TUPLE)
        return false;
    for (int i = 0; i < t->nitems; i++)
        if (!valid_arg_type(t->items[i]))
            return false;
    return true;
}

jit_compiled *jit_compile(jit_function *fn, const jit_type *const *argtypes, size_t nargs,
                          jit_error **err)
{
    if (!fn) {
        jit__invalid(err, "jit_compile: fn is NULL");
        return NULL;
    }
    if (nargs > 0 && !argtypes) {
        jit__invalid(err, "jit_compile: argtypes is NULL but nargs is %zu", nargs);
        return NULL;
    }
    const FeFunction *f = fn->fe;
    if (f->diags.nerrors > 0) { /* the body's error first, as jit_call does */
        jit__set_error(err, jit__error_from_diags(&f->diags, fn->mod->fe->source));
        return NULL;
    }
    int np = f->nparams;
    if ((int)nargs > np || nargs > 255) {
        jit__invalid(err, "%s() takes %d argument%s but %zu were given", f->name, np,
                     np == 1 ? "" : "s", nargs);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!valid_arg_type(argtypes[i])) {
            jit__invalid(err, "argument %zu ('%s') of %s(): %s is not a valid argument type", i + 1,
                         f->params[i], f->name, argtypes[i] ? argtypes[i]->name : "NULL");
            return NULL;
        }
    }
    const Type *all[256];
    memcpy(all, argtypes, sizeof *all * nargs);
    if ((int)nargs < np) {
        jit_context *ctx = fn->mod->ctx;
        pthread_mutex_lock(&ctx->compile_lock);
        int i = (int)nargs;
        for (; i < np && f->defaults && f->defaults[i]; i++)
            if (!(all[i] = ti_const_type(ctx->types, f->defaults[i])))
                break;
        pthread_mutex_unlock(&ctx->compile_lock);
        if (i < np) {
            jit__invalid(err, "%s() missing required argument '%s' (takes %d, %zu given)", f->name,
                         f->params[i], np, nargs);
            return NULL;
        }
    }
    for (int s = 0; s < fn->neager; s++) {
        jit_compiled *c = fn->eager[s];
        bool same = true;
        for (int i = 0; same && i < np; i++)
            same = c->argtypes[i] == all[i];
        if (same) /* the declared signature, with its declared return type */
            return c;
    }
    return jit__compile(fn, all, np, err);
}

void *jit_compiled_address(const jit_compiled *c)
{
    return c ? c->address : NULL;
}
const jit_type *jit_compiled_return_type(const jit_compiled *c)
{
    return c ? c->ret : NULL;
}
size_t jit_compiled_nargs(const jit_compiled *c)
{
    return c ? (size_t)c->nargs : 0;
}

const jit_type *jit_compiled_arg_type(const jit_compiled *c, size_t i)
{
    return c && i < (size_t)c->nargs ? c->argtypes[i] : NULL;
}

void jit_compiled_times(const jit_compiled *c, jit_compile_times *out)
{
    if (!out)
        return;
    if (c)
        *out = c->times;
    else
        memset(out, 0, sizeof *out);
}

char *jit_compiled_dump(const jit_compiled *c, jit_dump_kind kind)
{
    if (!c)
        return NULL;
    if (c->inner) /* a return-converting entry: dump the code it wraps */
        c = c->inner;
    jit_context *ctx = c->fn->mod->ctx;
    char *text = NULL;
    pthread_mutex_lock(&ctx->compile_lock);
    switch (kind) {
    case JIT_DUMP_BYTECODE:
        text = fe_dump_function(c->fn->fe);
        break;
    case JIT_DUMP_TYPES:
        text = ti_dump_types(c->prog);
        break;
    case JIT_DUMP_LLVM:
    case JIT_DUMP_LLVM_OPT:
    case JIT_DUMP_ASM: {
        CgDumpKind k = kind == JIT_DUMP_LLVM       ? CG_DUMP_LLVM
                       : kind == JIT_DUMP_LLVM_OPT ? CG_DUMP_LLVM_OPT
                                                   : CG_DUMP_ASM;
        text = cg_code_dump(c->code, k);
        if (!text) {
            /* The IR text is not kept by default: compile again keeping it. */
            DiagList dl;
            diag_init(&dl);
            CgOptions o = cg_options(ctx, c->fn->fe, true);
            CgCode *again = cg_compile(ctx->target, c->prog, &o, &dl);
            if (again) {
                text = cg_code_dump(again, k);
                cg_code_free(again);
            }
            diag_free(&dl);
        }
        break;
    }
    }
    pthread_mutex_unlock(&ctx->compile_lock);
    return text;
}

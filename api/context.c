/* api/context.c — jit_context: options, the type table, interner, host
 * target and locks; plus the process-wide registry of module sources that
 * run-time tracebacks quote. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef PYJIT_LLVM_VERSION
#define PYJIT_LLVM_VERSION "19"
#endif

const char *jit_version(void)
{
    return PYJIT_VERSION " (LLVM " PYJIT_LLVM_VERSION ")";
}

void jit_free(void *p)
{
    free(p);
}

double jit__now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void jit_options_init(jit_options *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->opt_level = 3;
}

jit_context *jit_context_new(const jit_options *opts)
{
    jit_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    if (opts)
        ctx->opts = *opts;
    else
        jit_options_init(&ctx->opts);
    if (ctx->opts.opt_level < 0)
        ctx->opts.opt_level = 0;
    if (ctx->opts.opt_level > 3)
        ctx->opts.opt_level = 3;
    char *msg = NULL;
    ctx->target = cg_target_new(&msg);
    free(msg);
    if (!ctx->target) {
        free(ctx);
        return NULL;
    }
    ctx->types = ti_types_new();
    interner_init(&ctx->interner);
    pthread_mutex_init(&ctx->compile_lock, NULL);
    pthread_mutex_init(&ctx->cache_lock, NULL);
    pthread_cond_init(&ctx->cache_cond, NULL);
    return ctx;
}

void jit_context_free(jit_context *ctx)
{
    if (!ctx)
        return;
    jit__unregister_sources(ctx);
    for (int i = 0; i < ctx->modules.len; i++) {
        jit_module *m = ctx->modules.data[i];
        for (int j = 0; j < m->nfuncs; j++)
            jit__function_free(m->funcs[j]);
        free(m->funcs);
        fe_module_free(m->fe);
        free(m);
    }
    vec_free(&ctx->modules);
    map_free(&ctx->value_types);
    ti_types_free(ctx->types);
    interner_free(&ctx->interner);
    cg_target_free(ctx->target);
    pthread_cond_destroy(&ctx->cache_cond);
    pthread_mutex_destroy(&ctx->cache_lock);
    pthread_mutex_destroy(&ctx->compile_lock);
    free(ctx);
}

uint64_t jit_context_compile_count(jit_context *ctx)
{
    if (!ctx)
        return 0;
    pthread_mutex_lock(&ctx->cache_lock);
    uint64_t n = ctx->ncompiles;
    pthread_mutex_unlock(&ctx->cache_lock);
    return n;
}

/* ---- sources for tracebacks ----
 * jit_take_error has no context, so loaded modules register their file name
 * and source text here; jit_context_free removes its own. */
typedef struct SourceReg {
    const jit_module *mod;
    struct SourceReg *next;
} SourceReg;

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static SourceReg *reg_head;

void jit__register_source(const jit_module *m)
{
    SourceReg *r = malloc(sizeof *r);
    if (!r)
        return;
    r->mod = m;
    pthread_mutex_lock(&reg_lock);
    r->next = reg_head;
    reg_head = r;
    pthread_mutex_unlock(&reg_lock);
}

void jit__unregister_sources(const jit_context *ctx)
{
    pthread_mutex_lock(&reg_lock);
    SourceReg **p = &reg_head;
    while (*p) {
        if ((*p)->mod->ctx == ctx) {
            SourceReg *dead = *p;
            *p = dead->next;
            free(dead);
        } else {
            p = &(*p)->next;
        }
    }
    pthread_mutex_unlock(&reg_lock);
}

char *jit__source_line(const char *file, int line)
{
    if (!file || line < 1)
        return NULL;
    char *out = NULL;
    pthread_mutex_lock(&reg_lock);
    for (SourceReg *r = reg_head; r; r = r->next) {
        const FeModule *fe = r->mod->fe;
        if (!fe->filename || strcmp(fe->filename, file) != 0)
            continue;
        size_t n = 0;
        const char *s = sup_source_line(fe->source, line, &n);
        if (s) {
            while (n > 0 && (*s == ' ' || *s == '\t')) {
                s++;
                n--;
            }
            while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
                n--;
            out = sup_strndup(s, n);
        }
        break; /* the most recently loaded module of that name */
    }
    pthread_mutex_unlock(&reg_lock);
    return out;
}

/* api/internal.h — shared by the files of api/ only: the structs behind the
 * public handles, the per-signature cache and error constructors.
 * Locks: ctx->compile_lock serialises everything that touches the context's
 * TiTypes / Interner / CgTarget (parsing, inference, codegen, tuple types);
 * ctx->cache_lock (short-held) protects the caches and module lists. */
#ifndef PYJIT_API_INTERNAL_H
#define PYJIT_API_INTERNAL_H

#include "codegen.h"
#include "frontend.h"
#include "pyjit.h"
#include "runtime.h"
#include "support.h"
#include "typeinfer.h"

#include <ffi.h>
#include <pthread.h>

struct jit_context {
    jit_options opts;
    TiTypes *types;
    Interner interner;
    CgTarget *target;
    pthread_mutex_t compile_lock;
    pthread_mutex_t cache_lock;
    pthread_cond_t cache_cond; /* signalled when a cache entry finishes compiling */
    Vec(jit_module *) modules;
    Map value_types;    /* shape of a tuple jit_value -> its Type (cache_lock) */
    uint64_t ncompiles; /* signatures compiled: cache misses (cache_lock) */
};

struct jit_module {
    jit_context *ctx;
    FeModule *fe;
    double parse_ms;
    int nfuncs;
    jit_function **funcs; /* one per fe->funcs[i] */
};

typedef enum { CE_COMPILING, CE_READY, CE_FAILED } CacheState;

/* One signature of a function: compiled once, shared by every later call. */
typedef struct CacheEntry {
    CacheState state;
    jit_compiled *compiled; /* CE_READY */
    jit_error *error;       /* CE_FAILED: cloned for each caller */
} CacheEntry;

struct jit_function {
    jit_module *mod;
    FeFunction *fe;
    Map cache; /* key: the argument Type pointers (bytes) -> CacheEntry* */
    Vec(CacheEntry *) entries;
    /* Eager signatures (@jit("f8(f8)")): compiled at load, in order. */
    int neager;
    jit_compiled **eager;
};

/* How one type is passed in the natural C ABI. */
typedef struct AbiType {
    size_t size, align;
} AbiType;

struct jit_compiled {
    jit_function *fn;
    int nargs;
    const Type **argtypes;
    const Type *ret;
    TiProgram *prog;
    CgCode *code;
    void *address;
    jit_compile_times times;
    /* libffi call interface of the natural-ABI entry, prepared once. */
    bool ffi_ok;
    ffi_cif cif;
    ffi_type **ffi_args;
    ffi_type *ffi_ret;
    bool ret_by_pointer; /* tuple result through a first out-pointer */
    int nffi;            /* number of C parameters */
    int *ffi_argmap;     /* C parameter k <- argument ffi_argmap[k] (-1: out-pointer) */
    /* Eager signature whose declared return type differs from the inferred
     * one: the entry is a libffi closure converting the result of `inner`. */
    struct RetConv *conv;
    jit_compiled *inner; /* with conv: the compiled code it wraps (dumps, times) */
};

/* ---- context.c ---- */
double jit__now_ms(void);
void jit__register_source(const jit_module *m);
void jit__unregister_sources(const jit_context *ctx);
/* Copy of 1-based line `line` of the registered source `file`, stripped; NULL if unknown. */
char *jit__source_line(const char *file, int line);

/* ---- error.c ---- */
jit_error *jit__error_new(const char *type, const char *file, int line, int col, const char *fmt,
                          ...) __attribute__((format(printf, 5, 6)));
/* From diagnostics (first error = type/message/location; rendered = all). */
jit_error *jit__error_from_diags(const DiagList *dl, const char *source);
/* From a run-time exception (takes ownership of e). */
jit_error *jit__error_from_rt(RtError *e);
jit_error *jit__error_clone(const jit_error *e);
/* Replaces the rendered text (takes ownership). */
void jit__error_set_rendered(jit_error *e, char *text);
/* Stores e in *err (or frees it when err is NULL). */
void jit__set_error(jit_error **err, jit_error *e);
#define jit__invalid(err, ...)                                                                     \
    jit__set_error((err), jit__error_new("InvalidArgument", NULL, 0, 0, __VA_ARGS__))

/* ---- compile.c ---- */
jit_compiled *jit__compile(jit_function *fn, const Type *const *argtypes, int nargs,
                           jit_error **err);
void jit__compiled_free(jit_compiled *c);
void jit__function_free(jit_function *fn);

/* ---- call.c ---- */
/* Layout of a type in memory (tuples as C structs); false if unsupported. */
bool jit__abi_layout(const Type *t, AbiType *out);
/* Prepares c's ffi_cif; false + *err if a type cannot be passed. */
bool jit__prepare_ffi(jit_compiled *c, jit_error **err);
void jit__free_ffi(jit_compiled *c);
/* bool -> int -> float, narrower -> wider, tuples item-wise. */
bool jit__safe_convert(const Type *from, const Type *to);
/* A jit_compiled for `declared` as return type whose entry converts the
 * result of inner (owned by the caller: jit__compiled_free). */
jit_compiled *jit__convert_return(jit_compiled *inner, const Type *declared, jit_error **err);
void jit__free_conv(jit_compiled *c);

#endif

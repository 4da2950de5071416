/* pyjit.h — the public C API of libpyjit, a specializing compiler for
 * numeric Python kernels (a Numba-style @jit, in C, on LLVM 19).
 *
 * Typical use:
 *     jit_context *ctx = jit_context_new(NULL);
 *     jit_error *err = NULL;
 *     jit_module *m = jit_module_load_string(ctx, "k.py", src, &err);
 *     jit_function *f = jit_module_function(m, "fib");
 *     const jit_type *t[] = { jit_type_int64() };
 *     jit_compiled *c = jit_compile(f, t, 1, &err);
 *     int64_t (*fib)(int64_t) = (int64_t (*)(int64_t))jit_compiled_address(c);
 *     fib(30);
 *     jit_context_free(ctx);   // frees modules, functions, compiled code
 *
 * Ownership: a context owns everything made through it (modules,
 * functions, types, compiled code); jit_context_free releases it all. Only
 * jit_error objects (jit_error_free), strings returned by jit_*_dump /
 * jit_error_render (jit_free) and values returned by jit_call
 * (jit_value_clear) belong to the caller.
 *
 * Errors: functions that can fail take `jit_error **err` (may be NULL) and
 * return NULL / non-zero on failure, storing a new jit_error in *err.
 *
 * Threads: see docs/c-api.md. One context may be used from many threads
 * at once: loading, compiling and calling are internally synchronised
 * (compilation is serialised per context; concurrent first calls of one
 * signature compile it once). Compiled code runs without locks.
 * jit_context_free must not race with any other use of that context.
 * Pending run-time errors (jit_take_error) are per thread. */
#ifndef PYJIT_H
#define PYJIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PYJIT_VERSION_MAJOR 0
#define PYJIT_VERSION_MINOR 1
#define PYJIT_VERSION_PATCH 0
#define PYJIT_VERSION "0.1.0"

/* "0.1.0 (LLVM 19.1.7)" */
const char *jit_version(void);

typedef struct jit_context jit_context;
typedef struct jit_module jit_module;
typedef struct jit_function jit_function;
typedef struct jit_compiled jit_compiled;
typedef struct jit_error jit_error;
/* Types are interned: two equal types are the same pointer. */
typedef struct jit_type jit_type;

/* ---- options ---- */
typedef struct jit_options {
    int opt_level;    /* 0..3, default 3 (LLVM default<O3>) */
    bool fastmath;    /* allow reassociation etc. (Numba's fastmath=True; NaN and inf keep
                       * their meaning: no nnan/ninf), default false */
    bool boundscheck; /* IndexError on out-of-range indices, default false */
    bool debug;       /* DWARF debug info, default false */
    /* Append each compiled function to /tmp/perf-PID.map so `perf report`
     * names it (also when the environment has PYJIT_PERF_MAP=1), default false. */
    bool perf_map;
} jit_options;

/* Fills *opts with the defaults. */
void jit_options_init(jit_options *opts);

/* ---- context ---- */
/* NULL opts = defaults. Returns NULL only if LLVM cannot target the host. */
jit_context *jit_context_new(const jit_options *opts);
void jit_context_free(jit_context *ctx);
/* Number of signatures compiled in ctx so far: each cache miss of
 * jit_compile, jit_call, jit_dispatch and eager signatures (compiled or
 * failed); cache hits do not count. For tests and monitoring. */
uint64_t jit_context_compile_count(jit_context *ctx);

/* ---- modules and functions ---- */
/* Parses a module and compiles its eagerly-signed functions
 * (@jit("float64(float64)")). A syntax error, a bad decorator or an error
 * of an eagerly-signed function fails the load; errors in the body of any
 * other def (an unsupported construct) are lazy, as in Numba: reported when
 * that function is compiled (jit_compile, jit_call) or checked
 * (jit_function_check), so other functions of the module still run. */
jit_module *jit_module_load_file(jit_context *ctx, const char *path, jit_error **err);
jit_module *jit_module_load_string(jit_context *ctx, const char *name, const char *source,
                                   jit_error **err);
/* The top-level function `name` (decorated or not), or NULL if absent. */
jit_function *jit_module_function(jit_module *mod, const char *name);
const char *jit_function_name(const jit_function *fn);
int jit_function_nparams(const jit_function *fn);
bool jit_function_is_jitted(const jit_function *fn);
/* Number of top-level defs of mod, and the i-th one in source order (NULL
 * when i is out of range); for tools that visit every function. */
size_t jit_module_nfunctions(const jit_module *mod);
jit_function *jit_module_function_at(jit_module *mod, size_t i);
/* The errors found in fn's body at load (those every compile of fn would
 * report; type errors need argument types and appear only at compile):
 * 0 if none, else -1 with *err (all of them in jit_error_render). */
int jit_function_check(jit_function *fn, jit_error **err);

/* ---- types ---- */
const jit_type *jit_type_bool(void);
const jit_type *jit_type_int8(void);
const jit_type *jit_type_int16(void);
const jit_type *jit_type_int32(void);
const jit_type *jit_type_int64(void);
const jit_type *jit_type_uint8(void);
const jit_type *jit_type_uint16(void);
const jit_type *jit_type_uint32(void);
const jit_type *jit_type_uint64(void);
const jit_type *jit_type_float32(void);
const jit_type *jit_type_float64(void);
const jit_type *jit_type_none(void);
const jit_type *jit_type_tuple(jit_context *ctx, const jit_type *const *items, size_t n);
/* Numba syntax: "int64", "i8", "f8", "boolean", "(int64, float64)",
 * "UniTuple(float64, 3)". NULL + *err on a bad string. */
const jit_type *jit_type_parse(jit_context *ctx, const char *text, jit_error **err);
/* "int64", "(int64, float64)" ... owned by the context. */
const char *jit_type_name(const jit_type *t);

/* ---- compiling ---- */
/* Compiles fn for the argument types (or returns the cached compilation
 * for the same types and options). */
jit_compiled *jit_compile(jit_function *fn, const jit_type *const *argtypes, size_t nargs,
                          jit_error **err);
/* Address of the natural-C-ABI entry: int64 -> int64_t, float64 -> double,
 * bool -> bool, intN/uintN/float32 -> the matching C type, tuple argument
 * -> const pointer to a C struct of its items, tuple result -> extra first
 * parameter (pointer to that struct) with a void return, none -> void.
 * After a call that may raise, check jit_take_error(). */
void *jit_compiled_address(const jit_compiled *c);
const jit_type *jit_compiled_return_type(const jit_compiled *c);
size_t jit_compiled_nargs(const jit_compiled *c);
const jit_type *jit_compiled_arg_type(const jit_compiled *c, size_t i);

typedef enum {
    JIT_DUMP_BYTECODE, /* pyjit bytecode of the function */
    JIT_DUMP_TYPES,    /* source lines annotated with inferred types */
    JIT_DUMP_LLVM,     /* LLVM IR before optimisation */
    JIT_DUMP_LLVM_OPT, /* LLVM IR after optimisation */
    JIT_DUMP_ASM       /* host assembly */
} jit_dump_kind;
/* Text dump; free with jit_free. NULL if unavailable. */
char *jit_compiled_dump(const jit_compiled *c, jit_dump_kind kind);
/* Milliseconds of each phase of the compile that made c:
 * parse (module load), infer, lower, optimise, machine code. */
typedef struct jit_compile_times {
    double parse_ms, infer_ms, lower_ms, opt_ms, mc_ms, total_ms;
    /* Part of the module load spent compiling defs to bytecode (parse_ms is
     * the rest of the load). */
    double bytecode_ms;
} jit_compile_times;
void jit_compiled_times(const jit_compiled *c, jit_compile_times *out);
/* The phases of c's compile as a -ftime-report style table (wall ms and
 * share of: parse, bytecode, type inference, lowering, optimisation,
 * machine code, total). Free with jit_free. NULL if c is NULL. */
char *jit_compiled_time_report(const jit_compiled *c);

/* ---- dynamic calls ---- */
typedef enum {
    JIT_NONE,
    JIT_BOOL,
    JIT_INT8,
    JIT_INT16,
    JIT_INT32,
    JIT_INT64,
    JIT_UINT8,
    JIT_UINT16,
    JIT_UINT32,
    JIT_UINT64,
    JIT_FLOAT32,
    JIT_FLOAT64,
    JIT_TUPLE,
    JIT_ARRAY
} jit_kind;

/* ---- arrays ----
 * A strided N-d array (NumPy's model). A host passes its own memory with
 * owner == NULL: pyjit reads and writes it in place, never copies or frees
 * it. Arrays that compiled code creates (np.empty, np.zeros, ...) live in
 * pyjit's refcounted allocations: `owner` holds one reference, which the
 * receiver of a returned array drops with jit_array_release.
 * The C ABI passes arrays as `const jit_array *`; an array result (or a
 * tuple containing arrays: the tuple struct holds jit_array items inline)
 * is written through the out-pointer (see jit_compiled_address). */
#define JIT_MAX_NDIM 32
typedef struct jit_array {
    void *data;                    /* address of element [0, 0, ...] */
    jit_kind dtype;                /* JIT_BOOL .. JIT_FLOAT64 */
    int32_t ndim;                  /* 1 .. JIT_MAX_NDIM */
    int64_t shape[JIT_MAX_NDIM];   /* first ndim entries used */
    int64_t strides[JIT_MAX_NDIM]; /* in bytes; may be negative or zero */
    void *owner;                   /* NULL for host memory, else pyjit's allocation */
} jit_array;

/* Drops the reference a returned array holds (no-op for host memory) and
 * clears *a. Safe to call twice. */
void jit_array_release(jit_array *a);
/* Fills *a as a C-contiguous view of host memory `data` (no copy). */
void jit_array_init(jit_array *a, void *data, jit_kind dtype, int ndim, const int64_t *shape);
/* Size in bytes of one element of `dtype` (bool: 1); 0 for non-scalars. */
size_t jit_kind_size(jit_kind dtype);
/* array(dtype, ndim, layout) with layout 'C' (contiguous) or 'A' (any). */
const jit_type *jit_type_array(jit_context *ctx, jit_kind dtype, int ndim, char layout);

/* A dynamically typed value for jit_call. Scalars: set kind and the
 * matching field (i for signed ints, u for unsigned, f for floats, b for
 * bool). Tuples: items/n. Values returned by jit_call may own tuple items:
 * release them with jit_value_clear. */
typedef struct jit_value {
    jit_kind kind;
    union {
        bool b;
        int64_t i;
        uint64_t u;
        double f;
        struct {
            struct jit_value *items;
            size_t n;
        } tuple;
        /* JIT_ARRAY: for arguments, the host's array (not copied); in a
         * value returned by jit_call, a malloc'd jit_array that
         * jit_value_clear releases and frees. */
        jit_array *array;
    } v;
} jit_value;

static inline jit_value jit_value_int(int64_t i)
{
    jit_value v;
    v.kind = JIT_INT64;
    v.v.i = i;
    return v;
}
static inline jit_value jit_value_float(double f)
{
    jit_value v;
    v.kind = JIT_FLOAT64;
    v.v.f = f;
    return v;
}
static inline jit_value jit_value_bool(bool b)
{
    jit_value v;
    v.kind = JIT_BOOL;
    v.v.b = b;
    return v;
}
static inline jit_value jit_value_none(void)
{
    jit_value v;
    v.kind = JIT_NONE;
    v.v.i = 0;
    return v;
}

/* Frees what jit_call allocated inside *v (tuple items) and sets it to none. */
void jit_value_clear(jit_value *v);
/* The type of a value (tuples interned in ctx). NULL for a bad value. */
const jit_type *jit_value_type(jit_context *ctx, const jit_value *v);
/* repr(v) as CPython prints it; free with jit_free. */
char *jit_value_repr(const jit_value *v);

/* The dispatcher: picks the types from the values, compiles on first use
 * (cached), calls through libffi and stores the result in *ret. Returns 0
 * on success; -1 with *err set on a compile error or a Python exception
 * raised by the kernel (jit_error_type tells which). */
int jit_call(jit_function *fn, const jit_value *args, size_t nargs, jit_value *ret,
             jit_error **err);
/* The compiled specialisation jit_call would run for these values
 * (compiling it on first use, or picking the matching eager signature);
 * NULL + *err like jit_call. Lets a host time the compile separately. */
jit_compiled *jit_dispatch(jit_function *fn, const jit_value *args, size_t nargs, jit_error **err);

/* ---- errors ---- */
/* After a direct call through jit_compiled_address: the exception that
 * call raised on this thread (caller frees), or NULL. */
jit_error *jit_take_error(void);
/* "SyntaxError", "TypingError", "NotImplementedError", "ZeroDivisionError",
 * "ValueError", "AssertionError", "InvalidArgument" (API misuse), ... */
const char *jit_error_type(const jit_error *e);
const char *jit_error_message(const jit_error *e);
const char *jit_error_file(const jit_error *e); /* may be NULL */
int jit_error_line(const jit_error *e);         /* 0 if unknown */
int jit_error_column(const jit_error *e);       /* 0 if unknown */
/* true for errors raised by running code (Python exceptions), false for
 * compile errors and API misuse. */
bool jit_error_is_runtime(const jit_error *e);
/* The full text: compile errors as "file:line:col: error: msg" + source
 * line + caret + notes; run-time errors as a Python-style traceback.
 * Free with jit_free. */
char *jit_error_render(const jit_error *e);
void jit_error_free(jit_error *e);

void jit_free(void *p);

#ifdef __cplusplus
}
#endif
#endif

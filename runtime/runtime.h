/* runtime — what compiled code calls while it runs.
 *
 * Exception state: compiled code that raises calls rt_raise() (which records
 * type, message and location in thread-local state) and returns status 1 up
 * the internal call chain; the API takes the error with rt_error_take().
 * print(): rt_print_* write to stdout through stdio (so output interleaves in
 * order with the host's own printf) and rt_print_end flushes.
 * Formatting: rt_format_float gives CPython's repr of a float.
 * Memory: an RtError is malloc'd; free with rt_error_free. Nothing here
 * depends on LLVM or the compiler. Thread-safe: all state is thread-local. */
#ifndef PYJIT_RUNTIME_H
#define PYJIT_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Status codes of the internal calling convention. */
enum { RT_OK = 0, RT_EXC = 1 };

typedef struct RtError {
    char *type;    /* "ZeroDivisionError", "ValueError", ... */
    char *message; /* may be "" */
    char *file;    /* source file of the raising instruction */
    char *func;    /* function name */
    int line, col;
} RtError;

/* Records an exception (copies every string; NULL msg = ""). Replaces a
 * pending one. Called from compiled code. */
void rt_raise(const char *type, const char *msg, const char *file, const char *func, int line,
              int col);
bool rt_error_pending(void);
/* Removes and returns the pending exception of this thread, or NULL. */
RtError *rt_error_take(void);
void rt_error_free(RtError *e);

/* print(): items are separated by the caller with rt_print_str(" ") (or sep). */
void rt_print_i64(int64_t v);
void rt_print_u64(uint64_t v);
void rt_print_f64(double v);
void rt_print_f32(float v);
void rt_print_bool(bool v);
void rt_print_none(void);
void rt_print_str(const char *s);
void rt_print_end(const char *end); /* writes end (NULL = "\n") and flushes */

/* CPython's repr(float): shortest round-trip digits, "1e+16", "-0.0",
 * "inf", "nan". Writes at most n bytes including NUL; returns the length. */
int rt_format_float(double v, char *buf, size_t n);
/* repr of a float32 value as NumPy prints a np.float32 scalar. */
int rt_format_float32(float v, char *buf, size_t n);

/* Helpers too big to inline. Those returning int take an out-pointer and
 * return RT_OK / RT_EXC (the exception already raised). */
int rt_ipow(int64_t *out, int64_t base, int64_t exp, const char *file, const char *func, int line,
            int col);
int rt_factorial(int64_t *out, int64_t n, const char *file, const char *func, int line, int col);
int64_t rt_gcd(int64_t a, int64_t b);
double rt_round_half_even(double x, int64_t ndigits); /* round(x, ndigits) like CPython */
/* float ** float like CPython: 0.0 ** negative raises ZeroDivisionError,
 * negative ** non-integer raises ValueError (CPython would return a complex),
 * overflow raises OverflowError("(34, 'Numerical result out of range')"). */
int rt_fpow(double *out, double a, double b, const char *file, const char *func, int line, int col);
/* math.gamma / math.lgamma with CPython's exact results and errors
 * (ValueError "math domain error" at poles, OverflowError "math range
 * error" on overflow); runtime/gamma.c. */
int rt_gamma(double *out, double x, const char *file, const char *func, int line, int col);
int rt_lgamma(double *out, double x, const char *file, const char *func, int line, int col);
/* Stack guard of recursive compiled code (runtime/stack.c). An entry calls
 * rt_stack_enter with its _setjmp buffer (NULL if it must not be unwound by
 * longjmp) and gets the thread's stack floor; before a call that can
 * recurse, compiled code compares its frame address with the floor and
 * below it calls rt_stack_overflow, which raises RecursionError("maximum
 * recursion depth exceeded") and longjmps to the registered buffer, or
 * returns without one. Per thread. */
int64_t rt_stack_enter(void *jmpbuf);
void rt_stack_overflow(const char *file, const char *func, int line, int col);

/* ---- refcounted memory for arrays (nrt) ----
 * Compiled code allocates array memory with rt_nrt_alloc and holds
 * references through RtMemInfo pointers. The layout is fixed so codegen may
 * inline increments (atomicrmw add on `refcount`); reaching zero must go
 * through rt_nrt_decref, which frees. Thread-safe (atomic counts). The data
 * is 64-byte aligned. A jit_array's `owner` is an RtMemInfo *. */
typedef struct RtMemInfo {
    int64_t refcount; /* atomic */
    int64_t nbytes;
    void *data;
} RtMemInfo;

/* Allocates nbytes (>= 0) with refcount 1. On failure (or a size that
 * overflows) raises MemoryError and returns NULL. */
RtMemInfo *rt_nrt_alloc(int64_t nbytes, const char *file, const char *func, int line, int col);
void rt_nrt_incref(RtMemInfo *mi); /* NULL-safe */
void rt_nrt_decref(RtMemInfo *mi); /* NULL-safe; frees at zero */
/* Allocations made by rt_nrt_alloc and not yet freed, process-wide (for
 * leak tests). */
int64_t rt_nrt_live(void);

/* Every symbol compiled code may call, for the JIT's symbol table.
 * Terminated by {NULL, NULL}. Includes the libm functions codegen uses. */
typedef struct RtSymbol {
    const char *name;
    void *addr;
} RtSymbol;
extern const RtSymbol rt_symbols[];

#endif

/* tests/stress/stress.c — thread stress of the public API: 8 threads call
 * 20 kernels × 4 signatures (int/float mixes) concurrently from a cold
 * cache, 10,000 calls each, half through jit_call and half through the
 * natural-ABI address; every signature must be compiled exactly once
 * (jit_context_compile_count) and every result must equal the same formula
 * evaluated in C (or raise the same exception). Run under TSan too
 * (scripts/sanitize.sh tsan).
 * Usage: stress [THREADS [CALLS_PER_THREAD]] */
#include "pyjit.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* X(name, Python body (parameters a, b), C expression of a and b).
 * The C expression gets a and b with their C types (int64_t / double), so
 * C's usual conversions give Python's int/float promotions (bool + int is
 * int in both); values stay small, so nothing wraps, and no kernel returns
 * an int on one path and a float on another (CPython would, pyjit unifies).
 * Bodies are indented by 4; "\n" separates lines. */
/* clang-format off */
#define KERNELS(X)                                                                                 \
    X(k00, "return a + b", (a) + (b))                                                              \
    X(k01, "return a * b - a", (a) * (b) - (a))                                                    \
    X(k02, "return (a + 1) * (b - 2)", ((a) + 1) * ((b) - 2))                                      \
    X(k03, "return a * a - b * b", (a) * (a) - (b) * (b))                                          \
    X(k04, "return -a + 3 * b", -(a) + 3 * (b))                                                    \
    X(k05, "return a + b if a > b else b - a", (a) > (b) ? (a) + (b) : (b) - (a))                  \
    X(k06, "return min(a + b, a * b) * 2", ((a) + (b) < (a) * (b) ? (a) + (b) : (a) * (b)) * 2)    \
    X(k07, "return abs(a - b * 3)", ((a) - (b) * 3) < 0 ? -((a) - (b) * 3) : ((a) - (b) * 3))      \
    X(k08, "s = a\n    for i in range(5):\n        s = s * 2 - b\n    return s",                   \
      ({ __typeof__((a) + (b)) s = (a); for (int i = 0; i < 5; i++) s = s * 2 - (b); s; }))       \
    X(k09, "s = a + b\n    i = 0\n    while i < 7:\n        s = s + i * b\n        i += 1\n    return s", \
      ({ __typeof__((a) + (b)) s = (a) + (b); for (int i = 0; i < 7; i++) s = s + i * (b); s; })) \
    X(k10, "if a < 5:\n        return a * 10 + b\n    return a - b",                                \
      (a) < 5 ? (a) * 10 + (b) : (a) - (b))                                                        \
    X(k11, "t = (a, b)\n    return t[0] * t[1] + t[1]", (a) * (b) + (b))                           \
    X(k12, "x, y = b, a\n    return x - y * 2", (b) - (a) * 2)                                     \
    X(k13, "return (a > 3) + (b > 3) + a", ((a) > 3) + ((b) > 3) + (a))                            \
    X(k14, "s = 0 * a * b\n    for i in range(1, 4):\n        s += a * i - b\n    return s",       \
      ({ __typeof__((a) + (b)) s = 0; for (int i = 1; i < 4; i++) s += (a) * i - (b); s; }))     \
    X(k15, "return helper(a) + helper(b)", (a) * 3 + 1 + (b) * 3 + 1)                              \
    X(k16, "if a > 15:\n        raise ValueError('a too big')\n    return a * b", (a) * (b))        \
    X(k17, "return max(a + b, a * b) - min(a - b, b - a)",                                         \
      ((a) + (b) > (a) * (b) ? (a) + (b) : (a) * (b)) - ((a) - (b) < (b) - (a) ? (a) - (b) : (b) - (a))) \
    X(k18, "c = 0 * a * b\n    for i in range(3):\n        for j in range(2):\n            c += a * i + b * j\n    return c", \
      ({ __typeof__((a) + (b)) c = 0; for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) c += (a) * i + (b) * j; c; })) \
    X(k19, "return (a + b) * (a - b) + 1", ((a) + (b)) * ((a) - (b)) + 1)
/* clang-format on */

enum { NKERNELS = 20, NSIGS = 4 };
static const char *const names[NKERNELS] = {
#define X(n, py, c) #n,
    KERNELS(X)
#undef X
};

/* A result and its Python type (the C type of the expression). */
typedef struct Res {
    bool is_float;
    int64_t i;
    double f;
} Res;
#define RES(e)                                                                                     \
    ({                                                                                             \
        __typeof__(e) r_ = (e);                                                                    \
        Res o_;                                                                                    \
        o_.is_float = _Generic(r_, double : true, default : false);                                \
        o_.i = o_.is_float ? 0 : (int64_t)r_;                                                      \
        o_.f = (double)r_;                                                                         \
        o_;                                                                                        \
    })

/* Signature s: bit 0 = a is float, bit 1 = b is float. */
#define DEFINE_EXPECT(n, py, c)                                                                    \
    static Res n##_ff(double a, double b)                                                          \
    {                                                                                              \
        return RES(c);                                                                             \
    }                                                                                              \
    static Res n##_if(int64_t a, double b)                                                         \
    {                                                                                              \
        return RES(c);                                                                             \
    }                                                                                              \
    static Res n##_fi(double a, int64_t b)                                                         \
    {                                                                                              \
        return RES(c);                                                                             \
    }                                                                                              \
    static Res n##_ii(int64_t a, int64_t b)                                                        \
    {                                                                                              \
        return RES(c);                                                                             \
    }
KERNELS(DEFINE_EXPECT)
#undef DEFINE_EXPECT

typedef struct Expect {
    Res (*ii)(int64_t, int64_t);
    Res (*fi)(double, int64_t);
    Res (*if_)(int64_t, double);
    Res (*ff)(double, double);
} Expect;
static const Expect expect[NKERNELS] = {
#define X(n, py, c) {n##_ii, n##_fi, n##_if, n##_ff},
    KERNELS(X)
#undef X
};

static char *module_source(void)
{
    size_t cap = 1 << 14;
    char *s = malloc(cap);
    size_t len = (size_t)snprintf(s, cap,
                                  "from pyjit import jit\n\n\n@jit\ndef helper(x):\n"
                                  "    return x * 3 + 1\n");
#define X(n, py, c)                                                                                \
    len += (size_t)snprintf(s + len, cap - len, "\n\n@jit\ndef " #n "(a, b):\n    " py "\n");
    KERNELS(X)
#undef X
    if (len >= cap)
        abort();
    return s;
}

static jit_context *ctx;
static jit_function *fns[NKERNELS];
static pthread_barrier_t start;
static atomic_int failures;
static int calls_per_thread = 10000;
/* The jit_compiled each thread got for each signature: all must agree. */
static _Atomic(jit_compiled *) seen[NKERNELS][NSIGS];

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        if (atomic_fetch_add(&failures, 1) < 20) {                                                 \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

static jit_value arg(bool is_float, int64_t iv)
{
    return is_float ? jit_value_float((double)iv + 0.5) : jit_value_int(iv);
}

/* One call of kernel k, signature s, small positive operands. */
static void one_call(int tid, int n, int k, int s)
{
    int64_t ai = 1 + (tid * 7 + n) % 19, bi = 2 + (n / 3) % 6;
    bool af = s & 1, bf = s & 2;
    double a = af ? (double)ai + 0.5 : (double)ai, b = bf ? (double)bi + 0.5 : (double)bi;
    jit_value args[2] = {arg(af, ai), arg(bf, bi)};
    bool raises = k == 16 && a > 15;
    Res want = !af && !bf ? expect[k].ii(ai, bi)
               : af && bf ? expect[k].ff(a, b)
               : af       ? expect[k].fi(a, bi)
                          : expect[k].if_(ai, b);
    bool is_int = !want.is_float;
    int64_t want_i = want.i;
    double want_f = want.f;

    if (n % 2 == 0) { /* the dispatcher */
        jit_value ret;
        jit_error *err = NULL;
        int rc = jit_call(fns[k], args, 2, &ret, &err);
        if (raises) {
            if (rc == 0 || !err || strcmp(jit_error_type(err), "ValueError") != 0)
                FAIL("%s sig %d (%g, %g): expected ValueError", names[k], s, a, b);
            jit_error_free(err);
            return;
        }
        if (rc != 0) {
            FAIL("%s sig %d: jit_call failed: %s", names[k], s, err ? jit_error_message(err) : "?");
            jit_error_free(err);
            return;
        }
        if (is_int ? (ret.kind != JIT_INT64 || ret.v.i != want_i)
                   : (ret.kind != JIT_FLOAT64 || ret.v.f != want_f)) {
            char *r = jit_value_repr(&ret);
            FAIL("%s sig %d (%g, %g): got %s, want %" PRId64 " / %.17g", names[k], s, a, b, r,
                 want_i, want_f);
            jit_free(r);
        }
        jit_value_clear(&ret);
        return;
    }
    /* The natural C ABI of the compiled specialisation. */
    jit_error *err = NULL;
    jit_compiled *c = jit_dispatch(fns[k], args, 2, &err);
    if (!c) {
        FAIL("%s sig %d: jit_dispatch failed: %s", names[k], s, err ? jit_error_message(err) : "?");
        jit_error_free(err);
        return;
    }
    jit_compiled *expected_c = NULL;
    if (!atomic_compare_exchange_strong(&seen[k][s], &expected_c, c) && expected_c != c)
        FAIL("%s sig %d: two jit_compiled for one signature", names[k], s);
    void *addr = jit_compiled_address(c);
    double got_f = 0;
    int64_t got_i = 0;
    /* Every (argument types, result type) combination of the natural ABI. */
#define CALL(TA, TB, va, vb)                                                                       \
    (is_int ? (void)(got_i = ((int64_t(*)(TA, TB))addr)(va, vb))                                   \
            : (void)(got_f = ((double (*)(TA, TB))addr)(va, vb)))
    switch (s) {
    case 0:
        CALL(int64_t, int64_t, ai, bi);
        break;
    case 1:
        CALL(double, int64_t, a, bi);
        break;
    case 2:
        CALL(int64_t, double, ai, b);
        break;
    default:
        CALL(double, double, a, b);
        break;
    }
#undef CALL
    jit_error *rerr = jit_take_error();
    if (raises) {
        if (!rerr || strcmp(jit_error_type(rerr), "ValueError") != 0)
            FAIL("%s sig %d (%g, %g): direct call: expected ValueError", names[k], s, a, b);
    } else if (rerr) {
        FAIL("%s sig %d: direct call raised %s", names[k], s, jit_error_type(rerr));
    } else if (is_int ? got_i != want_i : got_f != want_f) {
        FAIL("%s sig %d (%g, %g): direct call got %" PRId64 " / %.17g", names[k], s, a, b, got_i,
             got_f);
    }
    jit_error_free(rerr);
}

static void *worker(void *p)
{
    int tid = (int)(intptr_t)p;
    pthread_barrier_wait(&start);
    for (int n = 0; n < calls_per_thread; n++) {
        /* Threads walk the 80 signatures in different orders, so first calls
         * of one signature race from several threads. */
        int idx = (n * 7 + tid * 13) % (NKERNELS * NSIGS);
        one_call(tid, n, idx / NSIGS, idx % NSIGS);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    int nthreads = argc > 1 ? atoi(argv[1]) : 8;
    if (argc > 2)
        calls_per_thread = atoi(argv[2]);
    if (nthreads < 1 || nthreads > 64 || calls_per_thread < NKERNELS * NSIGS) {
        fprintf(stderr, "usage: stress [THREADS(1-64) [CALLS >= %d]]\n", NKERNELS * NSIGS);
        return 2;
    }
    ctx = jit_context_new(NULL);
    if (!ctx) {
        fprintf(stderr, "stress: jit_context_new failed\n");
        return 1;
    }
    char *src = module_source();
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "stress.py", src, &err);
    free(src);
    if (!m) {
        char *r = jit_error_render(err);
        fprintf(stderr, "stress: load failed:\n%s\n", r);
        return 1;
    }
    for (int k = 0; k < NKERNELS; k++)
        fns[k] = jit_module_function(m, names[k]);
    uint64_t before = jit_context_compile_count(ctx);
    if (before != 0) {
        fprintf(stderr, "stress: %" PRIu64 " compiles before any call (cache not cold)\n", before);
        return 1;
    }

    pthread_t th[64];
    pthread_barrier_init(&start, NULL, (unsigned)nthreads);
    for (int t = 0; t < nthreads; t++)
        pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t);
    for (int t = 0; t < nthreads; t++)
        pthread_join(th[t], NULL);
    pthread_barrier_destroy(&start);

    /* Every thread visits all 80 signatures; helper() is compiled inside
     * its callers' programs, not as a cache entry of its own. */
    uint64_t compiles = jit_context_compile_count(ctx);
    if (compiles != NKERNELS * NSIGS)
        FAIL("compiled %" PRIu64 " signatures, expected exactly %d", compiles, NKERNELS * NSIGS);
    jit_context_free(ctx);
    int f = atomic_load(&failures);
    printf("stress: %d threads x %d calls, %" PRIu64 " compiles, %d failures\n", nthreads,
           calls_per_thread, compiles, f);
    return f ? 1 : 0;
}

/* tests/api/test_api.c — the host program of the issue, as Criterion tests:
 * load from a string, compile two signatures, call through typed function
 * pointers, the per-signature cache, run-time errors through jit_take_error
 * and jit_call, compile errors, jit_call with every kind of value, API
 * misuse, and concurrent first calls compiling once. Uses pyjit.h only. */
#include "pyjit.h"

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *kernels = "from pyjit import jit\n"             /* 1 */
                             "\n"                                  /* 2 */
                             "@jit\n"                              /* 3 */
                             "def add(a, b):\n"                    /* 4 */
                             "    return a + b\n"                  /* 5 */
                             "\n"                                  /* 6 */
                             "@jit\n"                              /* 7 */
                             "def div(a, b):\n"                    /* 8 */
                             "    return a // b\n"                 /* 9 */
                             "\n"                                  /* 10 */
                             "@jit\n"                              /* 11 */
                             "def swap(t):\n"                      /* 12 */
                             "    return (t[1], t[0])\n"           /* 13 */
                             "\n"                                  /* 14 */
                             "@jit\n"                              /* 15 */
                             "def negate(b):\n"                    /* 16 */
                             "    return not b\n"                  /* 17 */
                             "\n"                                  /* 18 */
                             "@jit(\"float64(float64, int64)\")\n" /* 19 */
                             "def scale(x, n):\n"                  /* 20 */
                             "    return x * n\n"                  /* 21 */
                             "\n"                                  /* 22 */
                             "@jit\n"                              /* 23 */
                             "def bad(x):\n"                       /* 24 */
                             "    y = 1\n"                         /* 25 */
                             "    y = (1, 2)\n"                    /* 26 */
                             "    return y\n"                      /* 27 */
                             "\n"                                  /* 28 */
                             "@jit\n"                              /* 29 */
                             "def nothing(x):\n"                   /* 30 */
                             "    return None\n"                   /* 31 */
                             "\n"                                  /* 32 */
                             "@jit\n"                              /* 33 */
                             "def sum_to(n):\n"                    /* 34 */
                             "    s = 0\n"                         /* 35 */
                             "    for i in range(n):\n"            /* 36 */
                             "        s += i\n"                    /* 37 */
                             "    return s\n"
                             "\n"
                             "@jit\n"
                             "def ident(x):\n"
                             "    return x\n"; /* 38 */

static jit_context *ctx;
static jit_module *mod;

static void setup(void)
{
    ctx = jit_context_new(NULL);
    cr_assert_not_null(ctx);
    jit_error *err = NULL;
    mod = jit_module_load_string(ctx, "kernels.py", kernels, &err);
    if (!mod) {
        char *text = jit_error_render(err);
        cr_log_error("%s", text);
        jit_free(text);
        jit_error_free(err);
    }
    cr_assert_not_null(mod);
}

static void teardown(void)
{
    jit_context_free(ctx);
}

static jit_function *fn(const char *name)
{
    jit_function *f = jit_module_function(mod, name);
    cr_assert_not_null(f, "no function %s", name);
    return f;
}

static jit_compiled *compile_or_die(jit_function *f, const jit_type *const *t, size_t n)
{
    jit_error *err = NULL;
    jit_compiled *c = jit_compile(f, t, n, &err);
    if (!c) {
        char *text = jit_error_render(err);
        cr_log_error("%s", text);
        jit_free(text);
        jit_error_free(err);
    }
    cr_assert_not_null(c);
    return c;
}

TestSuite(api, .init = setup, .fini = teardown, .timeout = 60);

Test(api, two_signatures_through_typed_pointers)
{
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    const jit_type *ff[] = {jit_type_float64(), jit_type_float64()};
    jit_compiled *ci = compile_or_die(fn("add"), ii, 2);
    jit_compiled *cf = compile_or_die(fn("add"), ff, 2);
    cr_expect_neq(ci, cf);
    int64_t (*addi)(int64_t, int64_t) = (int64_t(*)(int64_t, int64_t))jit_compiled_address(ci);
    double (*addf)(double, double) = (double (*)(double, double))jit_compiled_address(cf);
    cr_assert_not_null(addi);
    cr_assert_not_null(addf);
    cr_expect_eq(addi(40, 2), 42);
    cr_expect_eq(addf(1.5, 2.25), 3.75);
    cr_expect_eq(jit_compiled_return_type(ci), jit_type_int64());
    cr_expect_eq(jit_compiled_return_type(cf), jit_type_float64());
    cr_expect_eq(jit_compiled_nargs(ci), 2);
    cr_expect_eq(jit_compiled_arg_type(cf, 1), jit_type_float64());
    cr_expect_null(jit_compiled_arg_type(cf, 2));
    cr_expect_null(jit_take_error());
}

Test(api, cache_returns_the_same_compiled)
{
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    jit_compiled *a = compile_or_die(fn("add"), ii, 2);
    jit_error *err = NULL;
    const jit_type *parsed[] = {jit_type_parse(ctx, "int64", &err),
                                jit_type_parse(ctx, "i8", &err)};
    cr_assert_null(err);
    jit_compiled *b = compile_or_die(fn("add"), parsed, 2);
    cr_expect_eq(a, b, "same signature compiled twice");
    jit_value args[] = {jit_value_int(1), jit_value_int(2)};
    cr_expect_eq(jit_dispatch(fn("add"), args, 2, NULL), a);
}

Test(api, zero_division_through_take_error)
{
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    jit_compiled *c = compile_or_die(fn("div"), ii, 2);
    int64_t (*div)(int64_t, int64_t) = (int64_t(*)(int64_t, int64_t))jit_compiled_address(c);
    cr_expect_eq(div(9, 3), 3);
    cr_expect_null(jit_take_error());
    div(1, 0);
    jit_error *e = jit_take_error();
    cr_assert_not_null(e);
    cr_expect_str_eq(jit_error_type(e), "ZeroDivisionError");
    cr_expect(jit_error_is_runtime(e));
    cr_expect_eq(jit_error_line(e), 9);
    cr_expect_str_eq(jit_error_file(e), "kernels.py");
    char *tb = jit_error_render(e);
    cr_expect(strstr(tb, "Traceback (most recent call last):\n") == tb, "%s", tb);
    cr_expect(strstr(tb, "  File \"kernels.py\", line 9, in div\n    return a // b\n") != NULL,
              "%s", tb);
    cr_expect(strstr(tb, "\nZeroDivisionError: ") != NULL, "%s", tb);
    jit_free(tb);
    jit_error_free(e);
    cr_expect_null(jit_take_error(), "the error was taken");
}

Test(api, runtime_error_through_jit_call)
{
    jit_value args[] = {jit_value_int(1), jit_value_int(0)};
    jit_value ret = jit_value_int(123);
    jit_error *err = NULL;
    cr_assert_eq(jit_call(fn("div"), args, 2, &ret, &err), -1);
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "ZeroDivisionError");
    cr_expect(jit_error_is_runtime(err));
    cr_expect_eq(ret.kind, JIT_NONE);
    jit_error_free(err);
    /* The next call works and sees no stale error. */
    args[1] = jit_value_int(2);
    cr_assert_eq(jit_call(fn("div"), args, 2, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_INT64);
    cr_expect_eq(ret.v.i, 0);
}

Test(api, jit_call_scalars_and_tuples)
{
    jit_error *err = NULL;
    jit_value ret;
    jit_value ii[] = {jit_value_int(40), jit_value_int(2)};
    cr_assert_eq(jit_call(fn("add"), ii, 2, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_INT64);
    cr_expect_eq(ret.v.i, 42);

    jit_value ff[] = {jit_value_float(0.5), jit_value_float(0.25)};
    cr_assert_eq(jit_call(fn("add"), ff, 2, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_FLOAT64);
    cr_expect_eq(ret.v.f, 0.75);

    jit_value b[] = {jit_value_bool(true)};
    cr_assert_eq(jit_call(fn("negate"), b, 1, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_BOOL);
    cr_expect_eq(ret.v.b, false);

    jit_value items[] = {jit_value_int(7), jit_value_float(2.5)};
    jit_value t;
    t.kind = JIT_TUPLE;
    t.v.tuple.items = items;
    t.v.tuple.n = 2;
    cr_assert_eq(jit_call(fn("swap"), &t, 1, &ret, &err), 0, "%s",
                 err ? jit_error_message(err) : "");
    cr_assert_eq(ret.kind, JIT_TUPLE);
    cr_assert_eq(ret.v.tuple.n, 2);
    cr_expect_eq(ret.v.tuple.items[0].kind, JIT_FLOAT64);
    cr_expect_eq(ret.v.tuple.items[0].v.f, 2.5);
    cr_expect_eq(ret.v.tuple.items[1].kind, JIT_INT64);
    cr_expect_eq(ret.v.tuple.items[1].v.i, 7);
    char *r = jit_value_repr(&ret);
    cr_expect_str_eq(r, "(2.5, 7)");
    jit_free(r);
    jit_value_clear(&ret);
    cr_expect_eq(ret.kind, JIT_NONE);

    jit_value one[] = {jit_value_int(5)};
    cr_assert_eq(jit_call(fn("nothing"), one, 1, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_NONE);
    cr_assert_eq(jit_call(fn("sum_to"), one, 1, &ret, &err), 0);
    cr_expect_eq(ret.v.i, 10);
}

Test(api, tuples_through_the_c_abi)
{
    const jit_type *items[] = {jit_type_int64(), jit_type_float64()};
    const jit_type *tt = jit_type_tuple(ctx, items, 2);
    cr_assert_not_null(tt);
    jit_error *err = NULL;
    cr_expect_eq(jit_type_parse(ctx, "(int64, float64)", &err), tt, "tuple types are interned");
    jit_compiled *c = compile_or_die(fn("swap"), &tt, 1);
    struct in {
        int64_t a;
        double b;
    } in = {7, 2.5};
    struct out {
        double a;
        int64_t b;
    } out = {0, 0};
    void (*swap)(struct out *, const struct in *) =
        (void (*)(struct out *, const struct in *))jit_compiled_address(c);
    swap(&out, &in);
    cr_expect_eq(out.a, 2.5);
    cr_expect_eq(out.b, 7);
}

Test(api, eager_signature)
{
    jit_function *f = fn("scale");
    cr_expect(jit_function_is_jitted(f));
    cr_expect_eq(jit_function_nparams(f), 2);
    cr_expect_str_eq(jit_function_name(f), "scale");
    const jit_type *fi[] = {jit_type_float64(), jit_type_int64()};
    jit_compiled *c = compile_or_die(f, fi, 2);
    double (*scale)(double, int64_t) = (double (*)(double, int64_t))jit_compiled_address(c);
    cr_expect_eq(scale(1.5, 4), 6.0);
    /* An int where float64 is declared converts like Numba's safe casts. */
    jit_value args[] = {jit_value_int(3), jit_value_int(4)};
    jit_value ret;
    jit_error *err = NULL;
    cr_assert_eq(jit_call(f, args, 2, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_FLOAT64);
    cr_expect_eq(ret.v.f, 12.0);
    cr_expect_eq(jit_dispatch(f, args, 2, NULL), c);
}

Test(api, dumps)
{
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    jit_compiled *c = compile_or_die(fn("add"), ii, 2);
    for (int k = JIT_DUMP_BYTECODE; k <= JIT_DUMP_ASM; k++) {
        char *text = jit_compiled_dump(c, (jit_dump_kind)k);
        cr_expect(text && *text, "dump kind %d is empty", k);
        jit_free(text);
    }
    char *ir = jit_compiled_dump(c, JIT_DUMP_LLVM);
    cr_expect(ir && strstr(ir, "define") != NULL);
    jit_free(ir);
    jit_compile_times t;
    jit_compiled_times(c, &t);
    cr_expect_gt(t.total_ms, 0.0);
}

Test(api, compile_errors)
{
    const jit_type *i[] = {jit_type_int64()};
    jit_error *err = NULL;
    cr_expect_null(jit_compile(fn("bad"), i, 1, &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "TypingError");
    cr_expect(!jit_error_is_runtime(err));
    cr_expect_geq(jit_error_line(err), 25);
    cr_expect_leq(jit_error_line(err), 27);
    char *text = jit_error_render(err);
    cr_expect(strstr(text, "kernels.py:") == text, "%s", text);
    cr_expect(strstr(text, ": error: ") != NULL, "%s", text);
    cr_expect(strstr(text, "^") != NULL, "no caret: %s", text);
    jit_free(text);
    jit_error_free(err);
    /* The failure is cached too: same error again, no crash. */
    err = NULL;
    cr_expect_null(jit_compile(fn("bad"), i, 1, &err));
    cr_expect_str_eq(jit_error_type(err), "TypingError");
    jit_error_free(err);
}

Test(api, bad_source)
{
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "broken.py", "x = 1\ndef f(:\n    pass\n", &err);
    cr_expect_null(m);
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "SyntaxError");
    cr_expect_eq(jit_error_line(err), 2);
    cr_expect_str_eq(jit_error_file(err), "broken.py");
    jit_error_free(err);
    err = NULL;
    cr_expect_null(jit_module_load_file(ctx, "/nonexistent/k.py", &err));
    cr_expect_str_eq(jit_error_type(err), "FileNotFoundError");
    jit_error_free(err);
}

/* Issue 2 (Numba's behaviour): an unsupported construct in one kernel's
 * body does not fail the load; it is reported when that kernel compiles,
 * by jit_function_check, and at load only for an eagerly-signed kernel. */
Test(api, body_errors_are_lazy)
{
    const char *src = "from pyjit import jit\n"            /* 1 */
                      "\n"                                 /* 2 */
                      "@jit\n"                             /* 3 */
                      "def bad(n):\n"                      /* 4 */
                      "    return [i for i in range(n)]\n" /* 5 */
                      "\n"                                 /* 6 */
                      "@jit\n"                             /* 7 */
                      "def good(n):\n"                     /* 8 */
                      "    return n * 2\n";                /* 9 */
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "lazy.py", src, &err);
    cr_assert_not_null(m, "%s", err ? jit_error_message(err) : "");
    cr_expect_eq(jit_module_nfunctions(m), 2);
    jit_function *good = jit_module_function_at(m, 1), *bad = jit_module_function_at(m, 0);
    cr_assert_str_eq(jit_function_name(good), "good");
    cr_expect_null(jit_module_function_at(m, 2));
    jit_value arg = jit_value_int(21), ret;
    cr_assert_eq(jit_call(good, &arg, 1, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_INT64);
    cr_expect_eq(ret.v.i, 42);
    cr_expect_eq(jit_function_check(good, &err), 0);
    cr_expect_null(err);

    cr_expect_eq(jit_call(bad, &arg, 1, &ret, &err), -1);
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "UnsupportedError");
    cr_expect_eq(jit_error_line(err), 5);
    cr_expect(strstr(jit_error_message(err), "list comprehension"), "%s", jit_error_message(err));
    jit_error_free(err);
    err = NULL;
    const jit_type *i64[] = {jit_type_int64()};
    cr_expect_null(jit_compile(bad, i64, 1, &err));
    cr_expect_eq(jit_error_line(err), 5);
    jit_error_free(err);
    err = NULL;
    cr_expect_eq(jit_function_check(bad, &err), -1);
    cr_assert_not_null(err);
    char *text = jit_error_render(err);
    cr_expect(strstr(text, "lazy.py:5:") == text, "%s", text);
    jit_free(text);
    jit_error_free(err);
    err = NULL;

    /* Eagerly signed: compiled at load, so the load fails at the body. */
    const char *src2 = "from pyjit import jit\n\n@jit(\"int64(int64)\")\ndef bad(n):\n"
                       "    return [i for i in range(n)]\n";
    cr_expect_null(jit_module_load_string(ctx, "eager.py", src2, &err));
    cr_assert_not_null(err);
    cr_expect_eq(jit_error_line(err), 5);
    jit_error_free(err);
}

Test(api, bad_signatures)
{
    jit_error *err = NULL;
    const char *src = "from pyjit import jit\n"
                      "\n"
                      "@jit(\"float64(flot64)\")\n"
                      "def f(x):\n"
                      "    return x\n";
    cr_expect_null(jit_module_load_string(ctx, "sig.py", src, &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "TypingError");
    cr_expect_eq(jit_error_line(err), 3, "reported at the decorator");
    jit_error_free(err);
    err = NULL;
    const char *src2 = "from pyjit import jit\n"
                       "@jit(\"float64(float64, int64)\")\n"
                       "def g(x):\n"
                       "    return x\n";
    cr_expect_null(jit_module_load_string(ctx, "sig2.py", src2, &err));
    cr_assert_not_null(err);
    cr_expect_eq(jit_error_line(err), 2);
    jit_error_free(err);
    err = NULL;
    cr_expect_null(jit_type_parse(ctx, "int65", &err));
    cr_assert_not_null(err);
    jit_error_free(err);
}

Test(api, misuse_is_invalid_argument)
{
    jit_error *err = NULL;
    jit_value ret;
    jit_value one[] = {jit_value_int(1)};
    cr_expect_eq(jit_call(NULL, one, 1, &ret, &err), -1);
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    cr_expect_eq(jit_call(fn("add"), one, 1, &ret, &err), -1, "too few");
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    jit_value three[] = {jit_value_int(1), jit_value_int(2), jit_value_int(3)};
    cr_expect_eq(jit_call(fn("add"), three, 3, &ret, &err), -1, "too many");
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    cr_expect_eq(jit_call(fn("add"), NULL, 2, &ret, &err), -1);
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    jit_value badv[2] = {jit_value_int(1), jit_value_int(1)};
    badv[1].kind = (jit_kind)99;
    cr_expect_eq(jit_call(fn("add"), badv, 2, &ret, &err), -1);
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    const jit_type *nul[] = {jit_type_int64(), NULL};
    cr_expect_null(jit_compile(fn("add"), nul, 2, &err));
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    err = NULL;
    cr_expect_null(jit_compile(NULL, nul, 0, &err));
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    /* err == NULL is allowed everywhere. */
    cr_expect_null(jit_compile(NULL, NULL, 0, NULL));
    cr_expect_eq(jit_call(NULL, NULL, 0, NULL, NULL), -1);
    cr_expect_null(jit_module_function(mod, "no_such_function"));
    cr_expect_null(jit_module_function(NULL, "add"));
    cr_expect_null(jit_module_load_string(NULL, "x.py", "", NULL));
    cr_expect_null(jit_compiled_address(NULL));
    cr_expect_null(jit_compiled_dump(NULL, JIT_DUMP_LLVM));
    jit_error_free(NULL);
    jit_context_free(NULL);
}

/* ---- threads ---- */

typedef struct {
    jit_function *fn;
    pthread_barrier_t *barrier;
    jit_compiled *seen;
    int64_t result;
    int rc;
} Worker;

static void *worker(void *p)
{
    Worker *w = p;
    jit_value args[] = {jit_value_int(20), jit_value_int(22)};
    jit_value ret;
    pthread_barrier_wait(w->barrier);
    w->rc = jit_call(w->fn, args, 2, &ret, NULL);
    w->result = ret.v.i;
    w->seen = jit_dispatch(w->fn, args, 2, NULL);
    return NULL;
}

Test(api, concurrent_first_calls_compile_once)
{
    /* A fresh context: the cache is cold. */
    jit_context *c2 = jit_context_new(NULL);
    jit_module *m2 = jit_module_load_string(c2, "kernels.py", kernels, NULL);
    cr_assert_not_null(m2);
    jit_function *f = jit_module_function(m2, "add");
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, 4);
    Worker w[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (Worker){f, &barrier, NULL, 0, -1};
        pthread_create(&th[i], NULL, worker, &w[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&barrier);
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    jit_compiled *c = jit_compile(f, ii, 2, NULL);
    cr_assert_not_null(c);
    for (int i = 0; i < 4; i++) {
        cr_expect_eq(w[i].rc, 0);
        cr_expect_eq(w[i].result, 42);
        cr_expect_eq(w[i].seen, c, "thread %d saw another compilation", i);
    }
    jit_context_free(c2);
}

Test(api, version)
{
    cr_expect(strncmp(jit_version(), PYJIT_VERSION, strlen(PYJIT_VERSION)) == 0);
    cr_expect(strstr(jit_version(), "LLVM 19") != NULL, "%s", jit_version());
}

Test(api, eager_return_type_converts)
{
    const char *src = "from pyjit import jit\n"
                      "@jit(\"float64(int64)\")\n"
                      "def twice(n):\n"
                      "    return n * 2\n"
                      "@jit(\"(int64, float64)(int64)\")\n"
                      "def pair(n):\n"
                      "    return (n, n)\n";
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "conv.py", src, &err);
    cr_assert_not_null(m, "%s", err ? jit_error_message(err) : "");
    const jit_type *i64[] = {jit_type_int64()};
    jit_compiled *c = jit_compile(jit_module_function(m, "twice"), i64, 1, &err);
    cr_assert_not_null(c);
    cr_expect_eq(jit_compiled_return_type(c), jit_type_float64());
    double (*twice)(int64_t) = (double (*)(int64_t))jit_compiled_address(c);
    cr_expect_eq(twice(21), 42.0);
    jit_value arg = jit_value_int(4);
    jit_value ret;
    cr_assert_eq(jit_call(jit_module_function(m, "twice"), &arg, 1, &ret, &err), 0);
    cr_expect_eq(ret.kind, JIT_FLOAT64);
    cr_expect_eq(ret.v.f, 8.0);
    cr_assert_eq(jit_call(jit_module_function(m, "pair"), &arg, 1, &ret, &err), 0);
    char *r = jit_value_repr(&ret);
    cr_expect_str_eq(r, "(4, 4.0)");
    jit_free(r);
    jit_value_clear(&ret);
    char *dump = jit_compiled_dump(c, JIT_DUMP_TYPES);
    cr_expect(dump && *dump);
    jit_free(dump);
    /* A lossy conversion is refused at the decorator. */
    const char *bad = "from pyjit import jit\n"
                      "@jit(\"int64(float64)\")\n"
                      "def f(x):\n"
                      "    return x\n";
    cr_expect_null(jit_module_load_string(ctx, "lossy.py", bad, &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(jit_error_type(err), "TypingError");
    cr_expect_eq(jit_error_line(err), 2);
    jit_error_free(err);
}

Test(api, small_scalar_kinds_round_trip)
{
    jit_value in[6];
    in[0].kind = JIT_INT8;
    in[0].v.i = -5;
    in[1].kind = JIT_UINT16;
    in[1].v.u = 65535;
    in[2].kind = JIT_FLOAT32;
    in[2].v.f = 1.5;
    in[3].kind = JIT_INT32;
    in[3].v.i = -2000000000;
    in[4].kind = JIT_UINT64;
    in[4].v.u = UINT64_MAX;
    in[5] = jit_value_bool(true);
    for (int i = 0; i < 6; i++) {
        jit_value ret;
        jit_error *err = NULL;
        cr_assert_eq(jit_call(fn("ident"), &in[i], 1, &ret, &err), 0, "%d: %s", i,
                     err ? jit_error_message(err) : "");
        cr_expect_eq(ret.kind, in[i].kind, "value %d", i);
        if (in[i].kind == JIT_BOOL)
            cr_expect_eq(ret.v.b, in[i].v.b);
        else
            cr_expect_eq(memcmp(&ret.v, &in[i].v, sizeof ret.v.i), 0, "value %d changed", i);
        cr_expect_eq(jit_compiled_return_type(jit_dispatch(fn("ident"), &in[i], 1, NULL)),
                     jit_value_type(ctx, &in[i]));
    }
}

/* tests/codegen/test_recursion.c — runaway recursion raises RecursionError
 * (never a crash, never a wrong result): deep but finite recursion works,
 * overflow is caught on the main thread and on a small-stack thread, for
 * self and mutual recursion, through both exported entries; programs
 * without recursion carry no check. (LLVM may turn some recursion into
 * loops, which then cannot overflow; the kernels here keep real frames or
 * accept either outcome.) */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TestSuite(recursion, .init = h_setup, .fini = h_teardown);

static const char *src = "def depth(n):\n"
                         "    if n == 0:\n"
                         "        return 0\n"
                         "    return 1 + depth(n - 1)\n"
                         "def is_even(n):\n"
                         "    if n == 0:\n"
                         "        return True\n"
                         "    return is_odd(n - 1)\n"
                         "def is_odd(n):\n"
                         "    if n == 0:\n"
                         "        return False\n"
                         "    return is_even(n - 1)\n"
                         "def walk(n):\n"
                         "    if n == 0:\n"
                         "        return 0\n"
                         "    a = walk(n - 1)\n"
                         "    return a * 3 + 1\n"
                         "def outer(n):\n"
                         "    return walk(n) + 1\n"
                         "def flat(n):\n"
                         "    s = 0\n"
                         "    for i in range(n):\n"
                         "        s += i\n"
                         "    return s\n";

static void expect_recursion_error(const char *func)
{
    RtError *e = rt_error_take();
    cr_assert(e, "no exception pending");
    cr_expect_str_eq(e->type, "RecursionError");
    cr_expect_str_eq(e->message, "maximum recursion depth exceeded");
    cr_expect_str_eq(e->file, "test.py");
    cr_expect_str_eq(e->func, func);
    cr_expect_gt(e->line, 0);
    rt_error_free(e);
}

Test(recursion, deep_but_finite_works_runaway_raises)
{
    Compiled c;
    cr_assert(h_compile(&c, src, "depth", "int64", NULL), "%s", c.diags);
    Val a = {.i = 5000}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.i, 5000);
    cr_expect_null(rt_error_take());
    a.i = 100000000;
    r.i = 77;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.i, 0, "the wrapper returns 0 on an exception");
    expect_recursion_error("depth");
    /* the next call starts afresh */
    a.i = 1000;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.i, 1000);
    cr_expect_null(rt_error_take());
    h_free(&c);
}

Test(recursion, mutual_and_from_a_non_recursive_caller)
{
    Compiled c;
    cr_assert(h_compile(&c, src, "is_even", "int64", NULL), "%s", c.diags);
    Val a = {.i = 10001}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect(!r.b);
    a.i = 200000000;
    h_call(&c, &a, &r, NULL);
    RtError *e = rt_error_take();
    cr_assert(e);
    cr_expect_str_eq(e->type, "RecursionError");
    cr_expect(!strcmp(e->func, "is_even") || !strcmp(e->func, "is_odd"));
    rt_error_free(e);
    h_free(&c);

    cr_assert(h_compile(&c, src, "outer", "int64", NULL), "%s", c.diags);
    a.i = 3;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.i, 14);
    a.i = 100000000;
    h_call(&c, &a, &r, NULL);
    expect_recursion_error("walk");
    h_free(&c);
}

Test(recursion, internal_entry_reports_status)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .status_entry = true};
    cr_assert(h_compile(&c, src, "depth", "int64", &o), "%s", c.diags);
    int (*fn)(int64_t *, int64_t) = (int (*)(int64_t *, int64_t))cg_code_internal_address(c.code);
    int64_t out = -1;
    cr_expect_eq(fn(&out, 300), RT_OK);
    cr_expect_eq(out, 300);
    out = -1;
    cr_expect_eq(fn(&out, 100000000), RT_EXC);
    cr_expect_eq(out, -1, "no result stored on an exception");
    expect_recursion_error("depth");
    h_free(&c);
}

typedef struct {
    int64_t (*fn)(int64_t);
    int64_t arg, result;
    RtError *err;
} ThreadArgs;

static void *run_thread(void *p)
{
    ThreadArgs *t = p;
    t->result = t->fn(t->arg);
    t->err = rt_error_take();
    return NULL;
}

/* A 256 KiB thread stack overflows long before 10**8 frames: the guard
 * uses the thread's own bounds. */
Test(recursion, small_thread_stack)
{
    Compiled c;
    cr_assert(h_compile(&c, src, "depth", "int64", NULL), "%s", c.diags);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    int64_t args[2] = {100000000, 500};
    for (int k = 0; k < 2; k++) {
        ThreadArgs t = {(int64_t(*)(int64_t))cg_code_address(c.code), args[k], -1, NULL};
        pthread_t th;
        cr_assert_eq(pthread_create(&th, &attr, run_thread, &t), 0);
        pthread_join(th, NULL);
        if (k == 0) {
            cr_assert(t.err, "no RecursionError on the small stack");
            cr_expect_str_eq(t.err->type, "RecursionError");
            rt_error_free(t.err);
        } else {
            cr_expect_null(t.err);
            cr_expect_eq(t.result, 500);
        }
    }
    pthread_attr_destroy(&attr);
    h_free(&c);
}

/* Only programs with a call cycle get the guard, and only on the edges
 * of the cycle. */
Test(recursion, guard_only_where_recursion_is)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, src, "flat", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM);
    cr_expect(!strstr(ir, "rt_stack_enter"), "guard in a program without recursion:\n%s", ir);
    free(ir);
    h_free(&c);
    cr_assert(h_compile(&c, src, "outer", "int64", &o), "%s", c.diags);
    ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_expect(strstr(ir, "rt_stack_enter"), "no guard:\n%s", ir);
    cr_expect(strstr(ir, "llvm.addressofreturnaddress"), "no frame check:\n%s", ir);
    free(ir);
    h_free(&c);
}

/* tests/codegen/test_codegen.c — structural tests of codegen: kernels
 * compile and run, optimised loops are tight, target attributes and dumps,
 * exceptions carry their source location, the natural C ABI wrapper. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

TestSuite(codegen, .init = h_setup, .fini = h_teardown);

static const char *fib_src = "from pyjit import jit\n"
                             "@jit\n"
                             "def fib(n):\n"
                             "    if n < 2:\n"
                             "        return n\n"
                             "    return fib(n - 1) + fib(n - 2)\n";

Test(codegen, fib_runs)
{
    Compiled c;
    cr_assert(h_compile(&c, fib_src, "fib", "int64", NULL), "%s", c.diags);
    Val a = {.i = 20}, r;
    h_call(&c, &a, &r, NULL);
    /* fib(20) == fib(19) + fib(18): checked against the recursion itself */
    Val a1 = {.i = 19}, a2 = {.i = 18}, r1, r2;
    h_call(&c, &a1, &r1, NULL);
    h_call(&c, &a2, &r2, NULL);
    cr_assert_eq(r.i, r1.i + r2.i);
    cr_assert_neq(r.i, 0);
    h_free(&c);
}

static const char *loop_src = "def sq(n):\n"
                              "    s = 0\n"
                              "    for i in range(n):\n"
                              "        s += i * i\n"
                              "    return s\n"
                              "def fsum(n):\n"
                              "    s = 0.0\n"
                              "    for i in range(n):\n"
                              "        s += i * 0.5\n"
                              "    return s\n"
                              "def boom(a):\n"
                              "    if a > 0:\n"
                              "        raise ValueError(\"boom\")\n"
                              "    return a // (a - a)\n";

/* The body of `define ... @<sym>(` up to its closing brace. */
static char *function_text(const char *ir, const char *sym)
{
    char *head = sup_asprintf("@%s(", sym);
    const char *p = ir;
    while ((p = strstr(p, head)) != NULL) {
        const char *ls = p;
        while (ls > ir && ls[-1] != '\n')
            ls--;
        if (!strncmp(ls, "define", 6)) {
            const char *end = strstr(p, "\n}\n");
            free(head);
            return end ? sup_strndup(ls, (size_t)(end - ls + 2)) : NULL;
        }
        p++;
    }
    free(head);
    return NULL;
}

/* The entry's body: its .impl, or the C-ABI wrapper it was inlined into. */
static char *entry_text(const char *ir, const char *sym)
{
    char *name = sup_asprintf("%s.impl", sym);
    char *body = function_text(ir, name);
    free(name);
    if (!body) {
        name = sup_asprintf("%s.cabi", sym);
        body = function_text(ir, name);
        free(name);
    }
    return body;
}

static void check_tight_loop(const char *fname)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, loop_src, fname, "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    char *sym = sup_asprintf("%s.int64", fname);
    char *body = entry_text(ir, sym);
    cr_assert(body, "no function %s in\n%s", sym, ir);
    cr_expect(!strstr(body, "alloca"), "alloca left in %s:\n%s", sym, body);
    cr_expect(!strstr(body, " call "), "call left in %s:\n%s", sym, body);
    free(body);
    free(sym);
    free(ir);
    h_free(&c);
}

Test(codegen, range_loop_int_is_tight)
{
    check_tight_loop("sq");
}

Test(codegen, range_loop_float_is_tight)
{
    check_tight_loop("fsum");
}

/* The O3 pipeline text (codegen/jit.c) must parse with this LLVM: if it did
 * not, cg_compile would silently fall back to default<O3>. */
Test(codegen, o3_pipeline_text_parses)
{
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef mod = LLVMModuleCreateWithNameInContext("empty", ctx);
    LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(mod, cg_o3_pipeline(), NULL, pbo);
    char *msg = err ? LLVMGetErrorMessage(err) : NULL;
    cr_expect(!err, "pipeline does not parse: %s", msg ? msg : "");
    if (msg)
        LLVMDisposeErrorMessage(msg);
    LLVMDisposePassBuilderOptions(pbo);
    LLVMDisposeModule(mod);
    LLVMContextDispose(ctx);
}

/* A loop with an unknown trip count is not runtime-unrolled (no `.epil`
 * remainder loop): it doubled code size and compile time for no measured
 * gain (docs/performance.md). Vectorisation still happens elsewhere. */
Test(codegen, no_runtime_unrolling)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    const char *src = "def asum(a):\n"
                      "    s = 0.0\n"
                      "    for i in range(len(a)):\n"
                      "        s += a[i]\n"
                      "    return s\n";
    cr_assert(h_compile(&c, src, "asum", "array(float64, 1d, C)", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    cr_expect(strstr(ir, "load double"), "no loop body:\n%s", ir);
    cr_expect(!strstr(ir, ".epil") && !strstr(ir, "unroll_iter"), "runtime-unrolled:\n%s", ir);
    free(ir);
    h_free(&c);
}

/* Array shapes are known non-negative (an assume per dimension of each
 * array parameter), so `0 <= b < len(h)` is one unsigned compare. */
Test(codegen, shape_is_non_negative)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    const char *src = "def inr(h, b):\n"
                      "    return 0 <= b < len(h)\n";
    cr_assert(h_compile(&c, src, "inr", "array(int64, 1d, C), int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    char *body = entry_text(ir, "inr.array_int64_1d_C.int64");
    cr_assert(body, "%s", ir);
    cr_expect(strstr(body, "icmp ult") || strstr(body, "icmp ugt"), "no unsigned compare:\n%s",
              body);
    free(body);
    free(ir);
    h_free(&c);
}

/* The histogram pattern: int(float)'s exactness check runs behind the
 * `0 <= b < len(h)` compare (codegen/postopt.c), so an in-range element
 * costs one compare and branch after the conversion. */
Test(codegen, toint_check_behind_range_compare)
{
#if !defined(__x86_64__)
    cr_skip_test("x86-only rewrite");
#endif
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    const char *src = "import math\n"
                      "def hist(d, h):\n"
                      "    for i in range(len(d)):\n"
                      "        b = int(math.floor(d[i] * 8.0))\n"
                      "        if 0 <= b < len(h):\n"
                      "            h[b] += 1\n";
    cr_assert(h_compile(&c, src, "hist", "array(float64, 1d, C), array(int64, 1d, C)", &o), "%s",
              c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    cr_expect(strstr(ir, "\ntoint.check:"), "check not moved:\n%s", ir);
    cr_expect(strstr(ir, "toint.lim"), "no clamped bound:\n%s", ir);
    free(ir);
    h_free(&c);
}

Test(codegen, dumps_and_target_attributes)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, loop_src, "fsum", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM);
    char *opt = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    char *asm_ = cg_code_dump(c.code, CG_DUMP_ASM);
    cr_assert(ir && opt && asm_);
    char *cpu = sup_asprintf("\"target-cpu\"=\"%s\"", cg_target_cpu(h_target()));
    cr_expect(strstr(ir, cpu), "no %s in IR", cpu);
    cr_expect(strstr(opt, cpu), "no %s in optimised IR", cpu);
    cr_expect(strstr(opt, "\"target-features\"="), "no target-features");
    cr_expect(strstr(ir, "@fsum.int64.impl("), "internal convention missing:\n%s", ir);
    cr_expect(strstr(ir, "@fsum.int64.cabi("), "C ABI wrapper missing");
    cr_expect(strstr(asm_, "fsum.int64"), "asm lacks the symbol");
    /* strict IEEE by default: no fast-math flags */
    cr_expect(!strstr(opt, "fadd fast") && !strstr(opt, "reassoc"), "fast-math without asking");
    /* a second ASM dump works too (emission runs on a clone) */
    char *asm2 = cg_code_dump(c.code, CG_DUMP_ASM);
    cr_expect(asm2 && !strcmp(asm_, asm2));
    double l = -1, op = -1, mc = -1;
    cg_code_times(c.code, &l, &op, &mc);
    cr_expect(l > 0 && op > 0 && mc > 0, "times %g %g %g", l, op, mc);
    Val a = {.i = 10}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.f, 22.5); /* 0.5 * (0 + 1 + ... + 9), exact in binary */
    free(ir);
    free(opt);
    free(asm_);
    free(asm2);
    free(cpu);
    h_free(&c);
}

Test(codegen, no_dumps_unless_kept)
{
    Compiled c;
    CgOptions o = {.opt_level = 2};
    cr_assert(h_compile(&c, loop_src, "sq", "int64", &o), "%s", c.diags);
    cr_expect_null(cg_code_dump(c.code, CG_DUMP_LLVM));
    cr_expect_null(cg_code_dump(c.code, CG_DUMP_LLVM_OPT));
    cr_expect_null(cg_code_dump(c.code, CG_DUMP_ASM));
    cr_expect_null(cg_code_internal_address(c.code), "status entry made without status_entry");
    h_free(&c);
}

static int count_of(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}

/* Entry-point shapes: a tiny straight-line function, a loop, and a loop
 * calling it (entry_body_once, entry_body_apart_unless_tiny). */
static const char *entry_src = "def tiny(x, y):\n"
                               "    return x * y + 1.0\n"
                               "def steps(x):\n"
                               "    n = 0\n"
                               "    while x != 1:\n"
                               "        x = x // 2 if x % 2 == 0 else 3 * x + 1\n"
                               "        n += 1\n"
                               "    return n\n"
                               "def total(m):\n"
                               "    best = 0\n"
                               "    s = 0\n"
                               "    for i in range(1, m):\n"
                               "        k = steps(i)\n"
                               "        s += k % 7\n"
                               "        if k > best:\n"
                               "            best = k\n"
                               "    return best * 1000 + s // 3\n";

/* The entry's body is compiled once: with only the C-ABI wrapper calling
 * it, LLVM cannot inline it into two callers (it did with the status entry,
 * doubling the machine code of small kernels). */
Test(codegen, entry_body_once)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, entry_src, "tiny", "float64, float64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    int n = count_of(ir, "fmul double");
    cr_expect_eq(n, 1, "the body (x * y) appears %d times:\n%s", n, ir);
    cr_expect_null(strstr(ir, "define i32 @tiny.float64.float64("), "status entry emitted:\n%s",
                   ir);
    free(ir);
    h_free(&c);
}

Test(codegen, status_entry_on_request)
{
    Compiled c;
    CgOptions o = {.opt_level = 2, .status_entry = true};
    cr_assert(h_compile(&c, loop_src, "sq", "int64", &o), "%s", c.diags);
    int (*fn)(int64_t *, int64_t) = (int (*)(int64_t *, int64_t))cg_code_internal_address(c.code);
    cr_assert_not_null(fn);
    int64_t out = -1;
    Val a = {.i = 10}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(fn(&out, 10), 0);
    cr_expect_eq(out, r.i, "status entry %lld, C-ABI entry %lld", (long long)out, (long long)r.i);
    h_free(&c);
}

Test(codegen, fastmath_flags_when_asked)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true, .fastmath = true};
    cr_assert(h_compile(&c, loop_src, "fsum", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM);
    cr_expect(strstr(ir, "fadd reassoc") || strstr(ir, "fmul reassoc"), "no fast-math flags:\n%s",
              ir);
    /* never nnan/ninf: a NaN or inf the program computes must not be poison */
    cr_expect(!strstr(ir, " fast ") && !strstr(ir, "nnan") && !strstr(ir, "ninf"),
              "NaN/inf assumed away:\n%s", ir);
    free(ir);
    h_free(&c);
}

/* fuzz_pipeline found it: under fastmath, `x + math.inf` made the kernel
 * `unreachable` (ninf: inf is poison) and the call crashed. */
Test(codegen, fastmath_inf_is_a_value)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .fastmath = true};
    const char *src = "import math\n"
                      "def f(i, j):\n"
                      "    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + math.inf)\n";
    cr_assert(h_compile(&c, src, "f", "int64, int64", &o), "%s", c.diags);
    Val a[2] = {{.i = 1}, {.i = 2}}, r;
    h_call(&c, a, &r, NULL);
    cr_expect(r.f == 0.0, "1.0 / inf gave %g", r.f);
    h_free(&c);
}

Test(codegen, exception_location)
{
    Compiled c;
    cr_assert(h_compile(&c, loop_src, "boom", "int64", NULL), "%s", c.diags);
    Val a = {.i = 5}, r = {.i = 77};
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.i, 0, "wrapper returns 0 on an exception");
    RtError *e = rt_error_take();
    cr_assert(e, "no exception pending");
    cr_expect_str_eq(e->type, "ValueError");
    cr_expect_str_eq(e->message, "boom");
    cr_expect_str_eq(e->file, "test.py");
    cr_expect_str_eq(e->func, "boom");
    cr_expect_eq(e->line, 13);
    cr_expect_gt(e->col, 0);
    rt_error_free(e);
    a.i = -1;
    h_call(&c, &a, &r, NULL);
    e = rt_error_take();
    cr_assert(e);
    cr_expect_str_eq(e->type, "ZeroDivisionError");
    cr_expect_str_eq(e->message, "integer division or modulo by zero");
    cr_expect_eq(e->line, 14);
    rt_error_free(e);
    cr_expect_null(rt_error_take());
    h_free(&c);
}

static const char *abi_src = "def mix(t, k):\n"
                             "    a, b = t\n"
                             "    return (a * k, b / k, a > 0)\n"
                             "def flag(b, x):\n"
                             "    if b:\n"
                             "        return x > 1.0\n"
                             "    return False\n";

/* The wrapper has the natural C ABI (codegen.h): a tuple argument is a
 * pointer to a C struct, a tuple result goes through a first out-pointer,
 * bools are C bools. Called here through plain typed function pointers. */
Test(codegen, natural_c_abi)
{
    struct In {
        int64_t a;
        double b;
    };
    struct Out {
        int64_t x;
        double y;
        bool pos;
    };
    Compiled c;
    cr_assert(h_compile(&c, abi_src, "mix", "Tuple(int64, float64), int64", NULL), "%s", c.diags);
    void (*mix)(struct Out *, const struct In *, int64_t) =
        (void (*)(struct Out *, const struct In *, int64_t))cg_code_address(c.code);
    struct In in = {7, 3.0};
    struct Out out = {0, 0, false};
    mix(&out, &in, 2);
    cr_expect_eq(out.x, 14);
    cr_expect_eq(out.y, 1.5);
    cr_expect(out.pos);
    /* an exception leaves the result zeroed */
    out = (struct Out){1, 1, true};
    mix(&out, &in, 0);
    cr_expect_eq(out.x, 0);
    cr_expect_eq(out.y, 0.0);
    cr_expect(!out.pos);
    RtError *e = rt_error_take();
    cr_assert(e);
    cr_expect_str_eq(e->type, "ZeroDivisionError");
    rt_error_free(e);
    h_free(&c);

    cr_assert(h_compile(&c, abi_src, "flag", "bool, float64", NULL), "%s", c.diags);
    bool (*flag)(bool, double) = (bool (*)(bool, double))cg_code_address(c.code);
    cr_expect(flag(true, 2.0));
    cr_expect(!flag(true, 0.5));
    cr_expect(!flag(false, 2.0));
    h_free(&c);
}

static const char *lean_src = "import numpy as np\n"
                              "def col(n):\n"
                              "    a = np.ones((n, 3))\n"
                              "    s = 0.0\n"
                              "    for i in range(n):\n"
                              "        for j in range(i + 1, n):\n"
                              "            s += a[i, 1] + a[j, 2]\n"
                              "    return s\n"
                              "def sw(n):\n"
                              "    x = np.zeros(3)\n"
                              "    y = np.ones(3)\n"
                              "    for k in range(n):\n"
                              "        x, y = y, x\n"
                              "    return x[0]\n";

/* Indices that are range items (also of range(i + 1, n) with i one) or
 * constants >= 0 get no negative-index wraparound (`%idx = select`), and
 * the index tuple `(i, 1)` is not built and taken apart again. */
Test(codegen, no_wraparound_for_nonneg_indices)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, lean_src, "col", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM);
    cr_assert(ir);
    char *body = function_text(ir, "col.int64.impl");
    cr_assert(body, "%s", ir);
    cr_expect(!strstr(body, "%idx"), "wraparound left:\n%s", body);
    cr_expect(!strstr(body, "insertvalue { i64, i64 }"), "index tuple built:\n%s", body);
    Val a = {.i = 4}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.f, 12.0);
    a.i = 0;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.f, 0.0);
    free(body);
    free(ir);
    h_free(&c);
}

/* A new array stored in a local hands its reference over (no incref and
 * decref), and `x, y = y, x` cancels each incref against the decref of
 * the overwritten value: no reference counting left in sw. */
Test(codegen, no_refcount_traffic_for_moves_and_swaps)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, lean_src, "sw", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM);
    cr_assert(ir);
    char *body = function_text(ir, "sw.int64.impl");
    cr_assert(body, "%s", ir);
    cr_expect_eq(count_of(body, "atomicrmw"), 0, "increfs left:\n%s", body);
    Val a = {.i = 3}, r;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.f, 1.0);
    a.i = 2;
    h_call(&c, &a, &r, NULL);
    cr_expect_eq(r.f, 0.0);
    cr_expect_null(rt_error_take());
    free(body);
    free(ir);
    h_free(&c);
}

/* A program with a loop keeps the entry's body as its own function, called
 * by the C-ABI wrapper (inlining it there made LLVM optimise it twice); a
 * tiny one is inlined into the wrapper (no extra call per invocation). */
Test(codegen, entry_body_apart_unless_tiny)
{
    Compiled c;
    CgOptions o = {.opt_level = 3, .keep_ir = true};
    cr_assert(h_compile(&c, entry_src, "total", "int64", &o), "%s", c.diags);
    char *ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    cr_expect(strstr(ir, "@total.int64.impl("), "body inlined into the wrapper:\n%s", ir);
    free(ir);
    h_free(&c);
    cr_assert(h_compile(&c, entry_src, "tiny", "float64, float64", &o), "%s", c.diags);
    ir = cg_code_dump(c.code, CG_DUMP_LLVM_OPT);
    cr_assert(ir);
    cr_expect(!strstr(ir, "@tiny.float64.float64.impl("), "tiny body not inlined:\n%s", ir);
    free(ir);
    h_free(&c);
}

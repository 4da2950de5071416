/* tests/codegen/test_postopt.c — codegen/postopt.c moves int(float)'s
 * INT64_MIN check behind the compare of the result. Each shape is written
 * as LLVM IR, compiled twice (as written, and rewritten) and run on a grid
 * of inputs, NaN, inf and -2**63 among them: the answers must agree. The
 * unsigned compares with a negative bound (which Python's `0 <= b < len(a)`
 * never gives) are only reachable this way. */
#include <criterion/criterion.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "internal.h"

TestSuite(postopt, .init = h_setup, .fini = h_teardown);

typedef int64_t (*Fn)(double, int64_t);

/* f(x, n): -1 where the check fails, else 1 or 0 from `ok`'s compare */
static char *module_text(const char *okbody, const char *yesbody)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "declare i64 @llvm.x86.sse2.cvttsd2si64(<2 x double>)\n"
             "define i64 @f(double %%x, i64 %%n) {\n"
             "entry:\n"
             "  %%xv = insertelement <2 x double> poison, double %%x, i64 0\n"
             "  %%v = call i64 @llvm.x86.sse2.cvttsd2si64(<2 x double> %%xv)\n"
             "  %%m = icmp eq i64 %%v, -9223372036854775808\n"
             "  br i1 %%m, label %%bad, label %%ok\n"
             "ok:\n"
             "%s"
             "  br i1 %%c, label %%yes, label %%no\n"
             "yes:\n%s"
             "no:\n  ret i64 0\n"
             "bad:\n  ret i64 -1\n"
             "}\n",
             okbody, yesbody ? yesbody : "  ret i64 1\n");
    return buf;
}

typedef struct Jit {
    LLVMContextRef ctx;
    LLVMExecutionEngineRef ee;
    Fn f;
    int moved;
} Jit;

static Jit build(const char *okbody, const char *yesbody, bool rewrite)
{
    Jit j = {.ctx = LLVMContextCreate()};
    const char *text = module_text(okbody, yesbody);
    LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, strlen(text), "t");
    LLVMModuleRef mod = NULL;
    char *err = NULL;
    cr_assert(!LLVMParseIRInContext(j.ctx, mb, &mod, &err), "%s\n%s", err, text);
    LLVMSetTarget(mod, "x86_64-unknown-linux-gnu");
    if (rewrite)
        j.moved = cg_sink_toint_checks(mod);
    cr_assert(!LLVMVerifyModule(mod, LLVMReturnStatusAction, &err), "%s", err);
    LLVMDisposeMessage(err);
    struct LLVMMCJITCompilerOptions mo;
    LLVMInitializeMCJITCompilerOptions(&mo, sizeof mo);
    mo.OptLevel = 0; /* run the IR as written */
    cr_assert(!LLVMCreateMCJITCompilerForModule(&j.ee, mod, &mo, sizeof mo, &err), "%s", err);
    j.f = (Fn)(uintptr_t)LLVMGetFunctionAddress(j.ee, "f");
    cr_assert(j.f);
    return j;
}

static void drop(Jit *j)
{
    LLVMDisposeExecutionEngine(j->ee);
    LLVMContextDispose(j->ctx);
}

static const double xs[] = {NAN,
                            INFINITY,
                            -INFINITY,
                            -9223372036854775808.0,
                            9223372036854775808.0,
                            -9223372036854774784.0,
                            1e300,
                            -1e300,
                            0.0,
                            -0.0,
                            1.0,
                            2.5,
                            3.0,
                            5.0,
                            -1.0,
                            -3.0,
                            4611686018427387904.0};
static const int64_t ns[] = {INT64_MIN, INT64_MIN + 1, -5, -1, 0, 1, 3, 5, INT64_MAX};

/* The rewrite fires (moved == expect), leaves valid IR and agrees with
 * the original. `yesbody`: the block the compare's true side goes to (NULL:
 * `ret i64 1`). */
static void check_blocks(const char *okbody, const char *yesbody, int expect)
{
    if (!h_target() || strncmp(h_target()->triple, "x86_64", 6))
        cr_skip_test("x86-only rewrite");
    Jit a = build(okbody, yesbody, false), b = build(okbody, yesbody, true);
    cr_expect_eq(b.moved, expect, "moved %d checks, expected %d, for:\n%s", b.moved, expect,
                 okbody);
    for (size_t i = 0; i < sizeof xs / sizeof *xs; i++)
        for (size_t k = 0; k < sizeof ns / sizeof *ns; k++) {
            int64_t ra = a.f(xs[i], ns[k]), rb = b.f(xs[i], ns[k]);
            cr_expect_eq(ra, rb, "f(%g, %lld): %lld as written, %lld rewritten, for:\n%s", xs[i],
                         (long long)ns[k], (long long)ra, (long long)rb, okbody);
        }
    drop(&a);
    drop(&b);
}

static void check_shape(const char *okbody, int expect)
{
    check_blocks(okbody, NULL, expect);
}

Test(postopt, unsigned_below_variable)
{
    check_shape("  %c = icmp ult i64 %v, %n\n", 1);
}

Test(postopt, unsigned_atmost_variable)
{
    check_shape("  %c = icmp ule i64 %v, %n\n", 1);
}

Test(postopt, unsigned_above_variable)
{
    check_shape("  %c = icmp ugt i64 %v, %n\n", 1);
}

Test(postopt, unsigned_variable_swapped)
{
    check_shape("  %c = icmp ugt i64 %n, %v\n", 1);
}

Test(postopt, unsigned_atleast_variable)
{
    check_shape("  %c = icmp uge i64 %v, %n\n", 1);
}

Test(postopt, signed_above_variable)
{
    check_shape("  %c = icmp sgt i64 %v, %n\n", 1);
}

Test(postopt, signed_atmost_variable)
{
    check_shape("  %c = icmp sle i64 %v, %n\n", 1);
}

Test(postopt, signed_below_variable_unknown)
{
    /* true for the sentinel unless n is INT64_MIN: left alone */
    check_shape("  %c = icmp slt i64 %v, %n\n", 0);
}

Test(postopt, constants)
{
    check_shape("  %c = icmp sgt i64 %v, -1\n", 1);
    check_shape("  %c = icmp slt i64 %v, 2\n", 1);
    check_shape("  %c = icmp ult i64 %v, 3\n", 1);
    check_shape("  %c = icmp eq i64 %v, 7\n", 1);
    check_shape("  %c = icmp ne i64 %v, 7\n", 1);
    check_shape("  %c = icmp eq i64 %v, -9223372036854775808\n", 1);
}

Test(postopt, chained_compare)
{
    /* 0 <= b < n with n of unknown sign, as LLVM leaves it */
    check_shape("  %a = icmp sgt i64 %v, -1\n"
                "  %b = icmp slt i64 %v, %n\n"
                "  %c = select i1 %a, i1 %b, i1 false\n",
                1);
    check_shape("  %a = icmp slt i64 %v, 0\n"
                "  %b = icmp sge i64 %v, %n\n"
                "  %c = or i1 %a, %b\n",
                1);
    check_shape("  %a = icmp slt i64 %v, %n\n"
                "  %b = icmp sgt i64 %v, 4\n"
                "  %c = xor i1 %a, %b\n",
                0);
}

Test(postopt, other_blocks_left_alone)
{
    /* only i1 compares and logic are copied to run for the sentinel */
    check_shape("  %p = inttoptr i64 %n to ptr\n"
                "  %c = icmp sgt i64 %v, 5\n",
                0);
}

Test(postopt, compare_used_past_ok)
{
    /* used after `ok`: the block P would jump to directly needs `ok` */
    check_blocks("  %c = icmp sgt i64 %v, 5\n", "  %z = zext i1 %c to i64\n  ret i64 %z\n", 0);
    /* used by a phi on the edge from `ok`: P's edge gets the copy */
    check_blocks("  %c = icmp sgt i64 %v, 5\n",
                 "  %p = phi i1 [ %c, %ok ]\n  %z = zext i1 %p to i64\n  ret i64 %z\n", 1);
}

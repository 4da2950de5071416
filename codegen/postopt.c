/* codegen/postopt.c — a rewrite of the optimised module before machine
 * code: int(float)'s exactness check is moved behind the compare that
 * consumes the result, when that compare cannot pass for the sentinel.
 *
 * On x86 int(x) is cvttsd2si plus one test: the instruction gives
 * INT64_MIN ("integer indefinite") for NaN, inf and out-of-range x, and
 * that result is rechecked off the hot path (ops.c, float_to_int). A
 * typical histogram kernel then compares the result straight away:
 *
 *     b = int(math.floor((x - lo) * scale))
 *     if 0 <= b < nb: hist[b] += 1
 *
 * which O3 leaves as
 *
 *     P:   %v = cvttsd2si(...)
 *          %m = icmp eq i64 %v, INT64_MIN
 *          br %m, %bad, %ok                ; the exactness check
 *     ok:  %c = icmp ult i64 %v, %nb       ; 0 <= b < nb
 *          br %c, %A, %B
 *
 * %c is false for %v == INT64_MIN whenever %nb <= INT64_MAX, so the path
 * to %A needs no check: P branches on %c (on %v u< umin(%nb, INT64_MAX) in
 * general) straight to %A, and only the other way runs the check and then
 * the original compare. Same result for every input, one compare and
 * branch fewer per element on the common path: that is the difference
 * between pyjit and unchecked conversions (Numba, C) on such loops.
 *
 * More generally %ok may hold up to 8 i1 compares and and/or/xor/select
 * of them (`0 <= b < n` with a scalar n stays two compares and a select):
 * they are copied into P, where they also run for the sentinel, and P
 * branches on the copy when its value for INT64_MIN is known (compares
 * with constants, `b > n` is false, `b <= n` true). Left alone: anything
 * else in %ok, its values used past %ok, phis in %bad, and switches. */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool is_const_i64(LLVMValueRef v, int64_t k)
{
    return v && LLVMIsAConstantInt(v) && LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 64 &&
           LLVMConstIntGetSExtValue(v) == k;
}

/* Is `v` x86's truncating conversion (ops.c, float_to_int), whose
 * INT64_MIN is the sentinel? */
static bool is_cvtt(LLVMValueRef v)
{
    static const char name[] = "llvm.x86.sse2.cvttsd2si64";
    LLVMValueRef callee = v && LLVMIsACallInst(v) ? LLVMGetCalledValue(v) : NULL;
    return callee && LLVMIsAFunction(callee) &&
           LLVMGetIntrinsicID(callee) == LLVMLookupIntrinsicID(name, sizeof name - 1);
}

static int count_uses(LLVMValueRef v)
{
    int n = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u))
        n++;
    return n;
}

static LLVMIntPredicate swap_pred(LLVMIntPredicate p)
{
    switch (p) {
    case LLVMIntUGT:
        return LLVMIntULT;
    case LLVMIntUGE:
        return LLVMIntULE;
    case LLVMIntULT:
        return LLVMIntUGT;
    case LLVMIntULE:
        return LLVMIntUGE;
    case LLVMIntSGT:
        return LLVMIntSLT;
    case LLVMIntSGE:
        return LLVMIntSLE;
    case LLVMIntSLT:
        return LLVMIntSGT;
    case LLVMIntSLE:
        return LLVMIntSGE;
    default:
        return p;
    }
}

static bool eval_pred(LLVMIntPredicate p, int64_t a, int64_t b)
{
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    switch (p) {
    case LLVMIntEQ:
        return a == b;
    case LLVMIntNE:
        return a != b;
    case LLVMIntUGT:
        return ua > ub;
    case LLVMIntUGE:
        return ua >= ub;
    case LLVMIntULT:
        return ua < ub;
    case LLVMIntULE:
        return ua <= ub;
    case LLVMIntSGT:
        return a > b;
    case LLVMIntSGE:
        return a >= b;
    case LLVMIntSLT:
        return a < b;
    default:
        return a <= b; /* LLVMIntSLE */
    }
}

/* umin(o, INT64_MAX), built where `o` is defined so that it is computed
 * once, outside any loop `o` is invariant in. */
static LLVMValueRef clamp_nonneg(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef o)
{
    LLVMBasicBlockRef bb;
    LLVMValueRef at;
    if (LLVMIsAInstruction(o) && !LLVMIsATerminatorInst(o)) {
        bb = LLVMGetInstructionParent(o);
        at = LLVMGetNextInstruction(o);
        while (at && LLVMIsAPHINode(at))
            at = LLVMGetNextInstruction(at);
    } else if (LLVMIsAArgument(o)) {
        bb = LLVMGetEntryBasicBlock(fn);
        at = LLVMGetFirstInstruction(bb);
    } else {
        return NULL;
    }
    if (!at)
        return NULL;
    LLVMPositionBuilder(b, bb, at);
    LLVMTypeRef i64 = LLVMTypeOf(o);
    LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, o, LLVMConstInt(i64, 0, 0), "");
    return LLVMBuildSelect(b, neg, LLVMConstInt(i64, (unsigned long long)INT64_MAX, 0), o,
                           "toint.lim");
}

typedef enum { EV_UNKNOWN, EV_FALSE, EV_TRUE } Ev;

static Ev ev_bool(bool x)
{
    return x ? EV_TRUE : EV_FALSE;
}

/* `cp` and the other operand of an icmp of %v, %v first; false if %v is
 * not exactly one operand. */
static bool icmp_of(LLVMValueRef c, LLVMValueRef v, LLVMIntPredicate *cp, LLVMValueRef *o)
{
    LLVMValueRef a = LLVMGetOperand(c, 0), bb = LLVMGetOperand(c, 1);
    *cp = LLVMGetICmpPredicate(c);
    if (a == v && bb != v)
        *o = bb;
    else if (bb == v && a != v)
        *o = a, *cp = swap_pred(*cp);
    else
        return false;
    return true;
}

/* The value of the i1 `x`, computed in block `ok`, when %v is INT64_MIN:
 * compares of %v with constants, `%v > n` (false) and `%v <= n` (true),
 * combined by and/or/xor/select. */
static Ev eval_at_min(LLVMValueRef x, LLVMValueRef v, LLVMBasicBlockRef ok, int depth)
{
    if (LLVMIsAConstantInt(x) && LLVMGetIntTypeWidth(LLVMTypeOf(x)) == 1)
        return ev_bool(LLVMConstIntGetZExtValue(x));
    if (depth > 8 || !LLVMIsAInstruction(x) || LLVMGetInstructionParent(x) != ok)
        return EV_UNKNOWN;
    LLVMIntPredicate cp;
    LLVMValueRef o;
    switch (LLVMGetInstructionOpcode(x)) {
    case LLVMICmp:
        if (!icmp_of(x, v, &cp, &o))
            return EV_UNKNOWN;
        if (LLVMIsAConstantInt(o) && LLVMGetIntTypeWidth(LLVMTypeOf(o)) == 64)
            return ev_bool(eval_pred(cp, INT64_MIN, LLVMConstIntGetSExtValue(o)));
        return cp == LLVMIntSGT ? EV_FALSE : cp == LLVMIntSLE ? EV_TRUE : EV_UNKNOWN;
    case LLVMSelect: {
        Ev c = eval_at_min(LLVMGetOperand(x, 0), v, ok, depth + 1);
        Ev t = eval_at_min(LLVMGetOperand(x, 1), v, ok, depth + 1);
        Ev f = eval_at_min(LLVMGetOperand(x, 2), v, ok, depth + 1);
        return c == EV_TRUE ? t : c == EV_FALSE ? f : t == f ? t : EV_UNKNOWN;
    }
    case LLVMAnd:
    case LLVMOr:
    case LLVMXor: {
        Ev a = eval_at_min(LLVMGetOperand(x, 0), v, ok, depth + 1);
        Ev c = eval_at_min(LLVMGetOperand(x, 1), v, ok, depth + 1);
        LLVMOpcode op = LLVMGetInstructionOpcode(x);
        if (op == LLVMAnd && (a == EV_FALSE || c == EV_FALSE))
            return EV_FALSE;
        if (op == LLVMOr && (a == EV_TRUE || c == EV_TRUE))
            return EV_TRUE;
        if (a == EV_UNKNOWN || c == EV_UNKNOWN)
            return EV_UNKNOWN;
        return op == LLVMXor ? ev_bool(a != c) : a; /* and/or of two equal values */
    }
    default:
        return EV_UNKNOWN;
    }
}

/* May `in` run where it did not before (no memory, no poison, no UB)? */
static bool speculatable(LLVMValueRef in)
{
    if (LLVMGetTypeKind(LLVMTypeOf(in)) != LLVMIntegerTypeKind ||
        LLVMGetIntTypeWidth(LLVMTypeOf(in)) != 1)
        return false;
    switch (LLVMGetInstructionOpcode(in)) {
    case LLVMICmp:
    case LLVMSelect:
    case LLVMAnd:
    case LLVMOr:
    case LLVMXor:
        return true;
    default:
        return false;
    }
}

/* Is `in` used only in `ok` itself or by phis on edges leaving `ok`? Any
 * other use sits in a block `ok` dominates, which the skipped-to block and
 * its successors no longer are once P jumps there directly. */
static bool used_in_or_after(LLVMValueRef in, LLVMBasicBlockRef ok)
{
    for (LLVMUseRef u = LLVMGetFirstUse(in); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (!LLVMIsAInstruction(user))
            return false;
        if (LLVMGetInstructionParent(user) == ok)
            continue;
        if (!LLVMIsAPHINode(user))
            return false;
        for (unsigned i = 0, n = LLVMCountIncoming(user); i < n; i++)
            if (LLVMGetIncomingValue(user, i) == in && LLVMGetIncomingBlock(user, i) != ok)
                return false;
    }
    return true;
}

/* Rewrites one check ending block `p`; false if it does not have the shape. */
static bool sink_check(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef fn, LLVMBasicBlockRef p)
{
    LLVMValueRef br = LLVMGetBasicBlockTerminator(p);
    if (!br || !LLVMIsABranchInst(br) || !LLVMIsConditional(br))
        return false;
    LLVMValueRef m = LLVMGetCondition(br);
    if (!LLVMIsAICmpInst(m) || count_uses(m) != 1)
        return false;
    LLVMIntPredicate mp = LLVMGetICmpPredicate(m);
    LLVMValueRef v = LLVMGetOperand(m, 0);
    if ((mp != LLVMIntEQ && mp != LLVMIntNE) || !is_cvtt(v) ||
        !is_const_i64(LLVMGetOperand(m, 1), INT64_MIN))
        return false;
    LLVMBasicBlockRef bad = LLVMGetSuccessor(br, mp == LLVMIntEQ ? 0 : 1);
    LLVMBasicBlockRef ok = LLVMGetSuccessor(br, mp == LLVMIntEQ ? 1 : 0);
    if (bad == ok || ok == p || bad == p || LLVMIsAPHINode(LLVMGetFirstInstruction(bad)))
        return false;

    /* %ok: compares and logic only, ending in `br %c, %A, %B` */
    LLVMValueRef br2 = LLVMGetBasicBlockTerminator(ok);
    if (!br2 || !LLVMIsABranchInst(br2) || !LLVMIsConditional(br2))
        return false;
    int nins = 0;
    for (LLVMValueRef in = LLVMGetFirstInstruction(ok); in != br2; in = LLVMGetNextInstruction(in))
        if (!speculatable(in) || ++nins > 8 || !used_in_or_after(in, ok))
            return false;
    LLVMValueRef c = LLVMGetCondition(br2);
    LLVMBasicBlockRef ta = LLVMGetSuccessor(br2, 0), tb = LLVMGetSuccessor(br2, 1);
    if (ta == tb || ta == ok || tb == ok || ta == p || tb == p || ta == bad || tb == bad)
        return false;

    /* Which side can skip the check (`c` cannot take it for the
     * sentinel)? A lone unsigned compare with a variable gets there by
     * comparing with umin(n, INT64_MAX) instead: taken only when the
     * original is taken too, and never for the sentinel. */
    Ev at_min = eval_at_min(c, v, ok, 0);
    LLVMValueRef subst_from = NULL, subst_to = NULL;
    LLVMIntPredicate cp;
    LLVMValueRef o;
    if (at_min == EV_UNKNOWN && nins == 1 && LLVMIsAICmpInst(c) && icmp_of(c, v, &cp, &o) &&
        !LLVMIsAConstant(o) &&
        (cp == LLVMIntULT || cp == LLVMIntULE || cp == LLVMIntUGT || cp == LLVMIntUGE)) {
        if (!(subst_to = clamp_nonneg(b, fn, o)))
            return false;
        subst_from = o;
        at_min = cp == LLVMIntULT || cp == LLVMIntULE ? EV_FALSE : EV_TRUE;
    }
    if (at_min == EV_UNKNOWN)
        return false;
    bool skip_true = at_min == EV_FALSE;

    /* P: a copy of %ok's compares, then br %c', A | check, check | B */
    unsigned prof = LLVMGetMDKindIDInContext(ctx, "prof", 4);
    LLVMValueRef hot_w = LLVMGetMetadata(br2, prof), cold_w = LLVMGetMetadata(br, prof);
    LLVMInstructionEraseFromParent(br);
    LLVMInstructionEraseFromParent(m);
    LLVMPositionBuilderAtEnd(b, p);
    LLVMValueRef orig[8], copy[8], c2 = c;
    int k = 0;
    for (LLVMValueRef in = LLVMGetFirstInstruction(ok); in != br2;
         in = LLVMGetNextInstruction(in), k++) {
        LLVMValueRef cl = LLVMInstructionClone(in);
        for (int i = 0, n = LLVMGetNumOperands(cl); i < n; i++) {
            LLVMValueRef op = LLVMGetOperand(cl, (unsigned)i);
            if (op == subst_from)
                LLVMSetOperand(cl, (unsigned)i, subst_to);
            for (int j = 0; j < k; j++)
                if (op == orig[j])
                    LLVMSetOperand(cl, (unsigned)i, copy[j]);
        }
        if (LLVMGetInstructionOpcode(cl) == LLVMOr)
            LLVMSetIsDisjoint(cl, 0); /* may now run for the sentinel */
        LLVMInsertIntoBuilder(b, cl);
        orig[k] = in, copy[k] = cl;
        if (in == c)
            c2 = cl;
    }
    LLVMBasicBlockRef chk = LLVMInsertBasicBlockInContext(ctx, ok, "toint.check");
    LLVMValueRef nbr =
        skip_true ? LLVMBuildCondBr(b, c2, ta, chk) : LLVMBuildCondBr(b, c2, chk, tb);
    if (hot_w)
        LLVMSetMetadata(nbr, prof, hot_w);
    /* the skipped-to block gains P as a predecessor, with %ok's values */
    LLVMBasicBlockRef dest = skip_true ? ta : tb;
    for (LLVMValueRef phi = LLVMGetFirstInstruction(dest); phi && LLVMIsAPHINode(phi);
         phi = LLVMGetNextInstruction(phi)) {
        for (unsigned i = 0, n = LLVMCountIncoming(phi); i < n; i++)
            if (LLVMGetIncomingBlock(phi, i) == ok) {
                LLVMValueRef iv = LLVMGetIncomingValue(phi, i);
                for (int j = 0; j < k; j++)
                    if (iv == orig[j])
                        iv = copy[j];
                LLVMAddIncoming(phi, &iv, &p, 1);
                break;
            }
    }
    /* check: the sentinel test, then %ok as before */
    LLVMPositionBuilderAtEnd(b, chk);
    LLVMValueRef sent = LLVMBuildICmp(
        b, LLVMIntEQ, v, LLVMConstInt(LLVMTypeOf(v), (unsigned long long)INT64_MIN, 0), "");
    LLVMValueRef cbr = LLVMBuildCondBr(b, sent, bad, ok);
    if (cold_w)
        LLVMSetMetadata(cbr, prof, cold_w);
    return true;
}

int cg_sink_toint_checks(LLVMModuleRef mod)
{
    if (strncmp(LLVMGetTarget(mod), "x86_64", 6))
        return 0;
    LLVMContextRef ctx = LLVMGetModuleContext(mod);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
    int n = 0;
    for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
        /* the blocks as they were: a rewrite adds a check block of the
         * same shape, which must not be rewritten again */
        unsigned nb = LLVMCountBasicBlocks(fn);
        if (!nb)
            continue;
        LLVMBasicBlockRef *bbs = sup_calloc(nb, sizeof *bbs);
        LLVMGetBasicBlocks(fn, bbs);
        for (unsigned i = 0; i < nb; i++)
            n += sink_check(b, ctx, fn, bbs[i]);
        free(bbs);
    }
    LLVMDisposeBuilder(b);
    return n;
}

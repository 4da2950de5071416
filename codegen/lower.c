/* codegen/lower.c — typed IR → LLVM IR, one function per specialisation.
 * TiProgram → LLVM module: `{i32 status, <ret mem>} @<symbol>.impl(args...)`
 * per TiFunc (internal; status 0 ok / 1 exception), locals as entry-block
 * allocas or SSA values, IR blocks as LLVM blocks, plus the natural-C-ABI
 * wrapper `<entry symbol>.cabi` and, with CgOptions.status_entry, DESIGN's
 * `i32 @<entry symbol>(<ret mem>* out, args...)`. Arithmetic lives in ops.c,
 * builtins in builtins.c. */
#include "internal.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers shared with ops.c / builtins.c ---- */

void cg_fail(CgModule *m, const char *kind, SrcLoc loc, const char *fmt, ...)
{
    if (!m->failed) {
        va_list ap;
        va_start(ap, fmt);
        diag_vadd(m->diags, DIAG_ERROR, kind, m->file, loc, fmt, ap);
        va_end(ap);
    }
    m->failed = true;
}

void cg_fail_here(CgFunc *f, const char *kind, const char *fmt, ...)
{
    CgModule *m = f->m;
    if (!m->failed) {
        va_list ap;
        va_start(ap, fmt);
        diag_vadd(m->diags, DIAG_ERROR, kind, m->file, m->loc, fmt, ap);
        va_end(ap);
    }
    m->failed = true;
}

static void add_fn_attr(CgModule *m, LLVMValueRef fn, unsigned idx, const char *name)
{
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(m->ctx, kind, 0));
}

LLVMValueRef cg_cstr(CgModule *m, const char *s)
{
    size_t n = strlen(s);
    LLVMValueRef g = map_get_bytes(&m->strings, s, n + 1);
    if (g)
        return g;
    LLVMValueRef init = LLVMConstStringInContext(m->ctx, s, (unsigned)n, 0);
    g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), ".str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    map_put_bytes(&m->strings, s, n + 1, g);
    return g;
}

LLVMValueRef cg_extern(CgModule *m, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n)
{
    LLVMValueRef fn = LLVMGetNamedFunction(m->mod, name);
    if (fn)
        return fn;
    fn = LLVMAddFunction(m->mod, name, LLVMFunctionType(ret, params, (unsigned)n, 0));
    add_fn_attr(m, fn, LLVMAttributeFunctionIndex, "nounwind");
    if (!strcmp(name, "rt_raise"))
        add_fn_attr(m, fn, LLVMAttributeFunctionIndex, "cold");
    return fn;
}

LLVMValueRef cg_call(CgModule *m, LLVMValueRef fn, LLVMValueRef *args, int n)
{
    return LLVMBuildCall2(m->b, LLVMGlobalGetValueType(fn), fn, args, (unsigned)n, "");
}

LLVMValueRef cg_intrinsic(CgModule *m, const char *name, LLVMTypeRef ty, LLVMValueRef *args, int n)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    size_t nty = ty ? 1 : 0; /* ty NULL: not overloaded */
    LLVMValueRef decl = LLVMGetIntrinsicDeclaration(m->mod, id, &ty, nty);
    LLVMTypeRef fty = LLVMIntrinsicGetType(m->ctx, id, &ty, nty);
    return LLVMBuildCall2(m->b, fty, decl, args, (unsigned)n, "");
}

/* fastmath: reassociation, contraction, reciprocals, no signed zeros and
 * approximate functions, but not nnan/ninf: with those a NaN or an inf the
 * program computes (x + math.inf) is poison, and LLVM turned whole kernels
 * into `unreachable` (a crash, found by fuzz_pipeline). */
LLVMValueRef cg_fm(CgFunc *f, LLVMValueRef inst)
{
    if (f->m->opts->fastmath && LLVMIsAInstruction(inst) && LLVMCanValueUseFastMathFlags(inst))
        LLVMSetFastMathFlags(inst, LLVMFastMathAllowReassoc | LLVMFastMathAllowContract |
                                       LLVMFastMathAllowReciprocal | LLVMFastMathNoSignedZeros |
                                       LLVMFastMathApproxFunc);
    return inst;
}

/* ---- emitting less IR ---- */

LLVMValueRef cg_extract(CgModule *m, LLVMValueRef agg, unsigned idx, const char *name)
{
    LLVMValueRef a = agg;
    while (LLVMIsAInsertValueInst(a) && LLVMGetNumIndices(a) == 1) {
        if (LLVMGetIndices(a)[0] == idx)
            return LLVMGetOperand(a, 1);
        a = LLVMGetOperand(a, 0);
    }
    if (LLVMIsAConstant(a)) /* the builder folds it */
        return LLVMBuildExtractValue(m->b, a, idx, name);
    struct {
        LLVMValueRef agg;
        unsigned idx;
    } key;
    memset(&key, 0, sizeof key);
    key.agg = a;
    key.idx = idx;
    LLVMValueRef v = map_get_bytes(&m->extracts, &key, sizeof key);
    if (v) {
        LLVMBasicBlockRef bb = LLVMGetInstructionParent(v);
        if (bb == LLVMGetInsertBlock(m->b) || (m->dom && bb == m->dom))
            return v;
        for (int i = 0; i < m->doms.len; i++)
            if (bb == m->doms.data[i].bb && m->tdom &&
                m->tdom[m->cur_tblock * m->ntblocks + m->doms.data[i].tblock])
                return v;
    }
    v = LLVMBuildExtractValue(m->b, a, idx, name);
    if (LLVMIsAInstruction(v))
        map_put_bytes(&m->extracts, &key, sizeof key, v);
    return v;
}

LLVMValueRef cg_select(CgModule *m, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b,
                       const char *name)
{
    if (LLVMIsAConstantInt(c))
        return LLVMConstIntGetZExtValue(c) ? a : b;
    if (a == b)
        return a;
    return LLVMBuildSelect(m->b, c, a, b, name);
}

LLVMValueRef cg_or(CgModule *m, LLVMValueRef a, LLVMValueRef b)
{
    if (LLVMIsAConstantInt(a))
        return LLVMConstIntGetZExtValue(a) ? a : b;
    if (LLVMIsAConstantInt(b))
        return LLVMConstIntGetZExtValue(b) ? b : a;
    return LLVMBuildOr(m->b, a, b, "");
}

LLVMValueRef cg_and(CgModule *m, LLVMValueRef a, LLVMValueRef b)
{
    if (LLVMIsAConstantInt(a))
        return LLVMConstIntGetZExtValue(a) ? b : a;
    if (LLVMIsAConstantInt(b))
        return LLVMConstIntGetZExtValue(b) ? a : b;
    return LLVMBuildAnd(m->b, a, b, "");
}

bool cg_known_nonneg(CgFunc *f, LLVMValueRef v)
{
    if (LLVMIsAConstantInt(v))
        return LLVMConstIntGetSExtValue(v) >= 0;
    return map_get_ptr(&f->nonneg, v) != NULL;
}

void cg_mark_nonneg(CgFunc *f, LLVMValueRef v)
{
    if (!LLVMIsAConstant(v))
        map_put_ptr(&f->nonneg, v, (void *)1);
}

LLVMValueRef cg_alloca_uninit(CgFunc *f, LLVMTypeRef ty, const char *name)
{
    CgModule *m = f->m;
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(m->b);
    LLVMPositionBuilderAtEnd(m->b, f->allocas);
    LLVMValueRef a = LLVMBuildAlloca(m->b, ty, name);
    LLVMPositionBuilderAtEnd(m->b, cur);
    return a;
}

LLVMValueRef cg_alloca(CgFunc *f, LLVMTypeRef ty, const char *name)
{
    CgModule *m = f->m;
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(m->b);
    LLVMPositionBuilderAtEnd(m->b, f->allocas);
    LLVMValueRef a = LLVMBuildAlloca(m->b, ty, name);
    LLVMBuildStore(m->b, LLVMConstNull(ty), a);
    LLVMPositionBuilderAtEnd(m->b, cur);
    return a;
}

LLVMBasicBlockRef cg_block(CgFunc *f, const char *name)
{
    return LLVMAppendBasicBlockInContext(f->m->ctx, f->fn, name);
}

void cg_loc_args(CgFunc *f, LLVMValueRef *out4)
{
    CgModule *m = f->m;
    out4[0] = f->file;
    out4[1] = f->name;
    out4[2] = LLVMConstInt(m->i32, (unsigned long long)m->loc.line, 0);
    out4[3] = LLVMConstInt(m->i32, (unsigned long long)m->loc.col, 0);
}

static void emit_raise_call(CgFunc *f, const char *type, const char *msg)
{
    CgModule *m = f->m;
    m->raises[f->tf->index] = true;
    LLVMTypeRef p[6] = {m->ptr, m->ptr, m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef fn = cg_extern(m, "rt_raise", m->voidt, p, 6);
    LLVMValueRef args[6];
    args[0] = cg_cstr(m, type);
    args[1] = msg ? cg_cstr(m, msg) : LLVMConstNull(m->ptr);
    cg_loc_args(f, args + 2);
    cg_call(m, fn, args, 6);
    LLVMBuildBr(m->b, f->exc);
}

LLVMBasicBlockRef cg_raise_block(CgFunc *f, const char *type, const char *msg)
{
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(f->m->b);
    LLVMBasicBlockRef rb = cg_block(f, "raise");
    LLVMPositionBuilderAtEnd(f->m->b, rb);
    emit_raise_call(f, type, msg);
    LLVMPositionBuilderAtEnd(f->m->b, cur);
    return rb;
}

void cg_raise(CgFunc *f, const char *type, const char *msg)
{
    emit_raise_call(f, type, msg);
    LLVMPositionBuilderAtEnd(f->m->b, cg_block(f, "dead"));
}

LLVMValueRef cg_cond_br(CgModule *m, LLVMValueRef cond, LLVMBasicBlockRef then,
                        LLVMBasicBlockRef els, bool likely)
{
    LLVMValueRef br = LLVMBuildCondBr(m->b, cond, then, els);
    if (!m->md_expect[likely]) {
        /* what lower-expect makes of llvm.expect: (2000, 1) for the
         * likely side */
        LLVMMetadataRef ops[4] = {
            LLVMMDStringInContext2(m->ctx, "branch_weights", 14),
            LLVMMDStringInContext2(m->ctx, "expected", 8),
            LLVMValueAsMetadata(LLVMConstInt(m->i32, likely ? 2000 : 1, 0)),
            LLVMValueAsMetadata(LLVMConstInt(m->i32, likely ? 1 : 2000, 0)),
        };
        m->md_expect[likely] = LLVMMetadataAsValue(m->ctx, LLVMMDNodeInContext2(m->ctx, ops, 4));
    }
    LLVMSetMetadata(br, LLVMGetMDKindIDInContext(m->ctx, "prof", 4), m->md_expect[likely]);
    return br;
}

void cg_raise_if(CgFunc *f, LLVMValueRef cond, const char *type, const char *msg)
{
    CgModule *m = f->m;
    if (LLVMIsAConstantInt(cond) && LLVMConstIntGetZExtValue(cond) == 0)
        return;
    LLVMBasicBlockRef rb = cg_block(f, "raise");
    LLVMBasicBlockRef cont = cg_block(f, "ok");
    cg_cond_br(m, cond, rb, cont, false);
    LLVMPositionBuilderAtEnd(m->b, rb);
    emit_raise_call(f, type, msg);
    LLVMPositionBuilderAtEnd(m->b, cont);
}

static LLVMValueRef exc_branch(CgFunc *f, LLVMValueRef bad)
{
    CgModule *m = f->m;
    LLVMBasicBlockRef cont = cg_block(f, "ok");
    LLVMValueRef br = cg_cond_br(m, bad, f->exc, cont, false);
    LLVMPositionBuilderAtEnd(m->b, cont);
    return br;
}

static LLVMValueRef status_branch(CgFunc *f, LLVMValueRef status)
{
    CgModule *m = f->m;
    return exc_branch(f, LLVMBuildICmp(m->b, LLVMIntNE, status, LLVMConstInt(m->i32, 0, 0), ""));
}

void cg_check_status(CgFunc *f, LLVMValueRef status)
{
    f->m->raises[f->tf->index] = true;
    status_branch(f, status);
}

void cg_exc_if(CgFunc *f, LLVMValueRef failed)
{
    f->m->raises[f->tf->index] = true;
    exc_branch(f, failed);
}

/* The status check after a call of program function `callee`: kept aside
 * so that, once we know which functions can raise at all, checks of calls
 * to functions that never raise become constant (and LLVM drops the
 * status entirely, e.g. turning recursion into loops). */
static void check_call_status(CgFunc *f, LLVMValueRef status, int callee)
{
    CgModule *m = f->m;
    CgStatusCheck c = {status_branch(f, status), f->tf->index, callee};
    vec_push(&m->checks, c);
}

/* Fixpoint: a function raises if it has a raise site or calls one that
 * raises; then the checks of calls to non-raising functions are folded. */
static void fold_status_checks(CgModule *m)
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < m->checks.len; i++) {
            CgStatusCheck *c = &m->checks.data[i];
            if (m->raises[c->callee] && !m->raises[c->caller]) {
                m->raises[c->caller] = true;
                changed = true;
            }
        }
    }
    for (int i = 0; i < m->checks.len; i++) {
        CgStatusCheck *c = &m->checks.data[i];
        if (m->raises[c->callee])
            continue;
        /* br (status != 0), exc, ok  ->  br ok (cg_dce drops the rest) */
        LLVMPositionBuilderBefore(m->b, c->br);
        LLVMBuildBr(m->b, LLVMGetSuccessor(c->br, 1));
        LLVMInstructionEraseFromParent(c->br);
        c->br = NULL;
    }
}

/* Can `inst`, if unused, be deleted? (no side effects; llvm.expect is a
 * call only in name) */
static bool removable(LLVMValueRef inst)
{
    switch (LLVMGetInstructionOpcode(inst)) {
    case LLVMAdd:
    case LLVMFAdd:
    case LLVMSub:
    case LLVMFSub:
    case LLVMMul:
    case LLVMFMul:
    case LLVMUDiv:
    case LLVMSDiv:
    case LLVMFDiv:
    case LLVMURem:
    case LLVMSRem:
    case LLVMFRem:
    case LLVMFNeg:
    case LLVMShl:
    case LLVMLShr:
    case LLVMAShr:
    case LLVMAnd:
    case LLVMOr:
    case LLVMXor:
    case LLVMICmp:
    case LLVMFCmp:
    case LLVMSelect:
    case LLVMGetElementPtr:
    case LLVMTrunc:
    case LLVMZExt:
    case LLVMSExt:
    case LLVMFPToUI:
    case LLVMFPToSI:
    case LLVMUIToFP:
    case LLVMSIToFP:
    case LLVMFPTrunc:
    case LLVMFPExt:
    case LLVMPtrToInt:
    case LLVMIntToPtr:
    case LLVMBitCast:
    case LLVMExtractValue:
    case LLVMInsertValue:
    case LLVMPHI:
        return true;
    case LLVMLoad:
        return !LLVMGetVolatile(inst);
    case LLVMCall: {
        LLVMValueRef callee = LLVMGetCalledValue(inst);
        size_t n = 0;
        const char *name = callee ? LLVMGetValueName2(callee, &n) : "";
        return n >= 11 && !strncmp(name, "llvm.expect", 11);
    }
    default:
        return false;
    }
}

/* Deletes the instructions of fn whose results nobody uses: the tuples
 * cg_extract looked through, the loads it made unnecessary... Less IR for
 * every pass that follows. */
static void cg_dce(LLVMValueRef fn)
{
    for (bool changed = true; changed;) {
        changed = false;
        /* blocks nothing branches to that lead nowhere (the exception exit
         * of a function that cannot raise, dead code after a raise) */
        LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn), next; bb; bb = next) {
            next = LLVMGetNextBasicBlock(bb);
            LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
            if (bb == entry || LLVMGetFirstUse(LLVMBasicBlockAsValue(bb)) || !term ||
                LLVMGetNumSuccessors(term) > 0)
                continue;
            bool local = true;
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && local;
                 i = LLVMGetNextInstruction(i))
                for (LLVMUseRef u = LLVMGetFirstUse(i); u && local; u = LLVMGetNextUse(u))
                    local = LLVMGetInstructionParent(LLVMGetUser(u)) == bb;
            if (local) {
                LLVMDeleteBasicBlock(bb);
                changed = true;
            }
        }
        for (LLVMBasicBlockRef bb = LLVMGetLastBasicBlock(fn); bb;
             bb = LLVMGetPreviousBasicBlock(bb)) {
            LLVMValueRef inst = LLVMGetLastInstruction(bb);
            while (inst) {
                LLVMValueRef prev = LLVMGetPreviousInstruction(inst);
                if (!LLVMGetFirstUse(inst) && removable(inst)) {
                    LLVMInstructionEraseFromParent(inst);
                    changed = true;
                }
                inst = prev;
            }
        }
    }
}

LLVMValueRef cg_const(CgFunc *f, const FeConst *c, const Type *t)
{
    CgModule *m = f->m;
    LLVMTypeRef vt = cg_value_type(m, t);
    switch (c->kind) {
    case FC_NONE:
    case FC_STR:
        if (cg_is_ctonly(t))
            return cg_empty(m);
        break;
    case FC_BOOL:
    case FC_INT: {
        int64_t i = c->kind == FC_BOOL ? (int64_t)c->v.b : c->v.i;
        if (t->kind == TY_BOOL)
            return LLVMConstInt(m->i1, i != 0, 0);
        if (ti_is_int(t))
            return LLVMConstInt(vt, (unsigned long long)i, ti_is_signed(t));
        if (ti_is_float(t))
            return LLVMConstReal(vt, (double)i);
        break;
    }
    case FC_FLOAT:
        if (ti_is_float(t))
            return LLVMConstReal(vt, c->v.f);
        break;
    case FC_TUPLE:
        if (t->kind == TY_TUPLE && t->nitems == c->v.tuple.n) {
            int n = t->nitems;
            LLVMValueRef items[n > 0 ? n : 1];
            for (int i = 0; i < n; i++)
                items[i] =
                    cg_to_mem(m, cg_const(f, &c->v.tuple.items[i], t->items[i]), t->items[i]);
            return LLVMConstStructInContext(m->ctx, items, (unsigned)n, 0);
        }
        break;
    }
    cg_fail_here(f, "InternalError", "codegen: constant cannot be given type %s", t->name);
    return LLVMGetUndef(vt);
}

/* ---- per-instruction lowering ---- */

static const Type *vtype(CgFunc *f, int id)
{
    return f->tf->value_types[id];
}

static const Type *sig_arg(CgFunc *f, const TiInst *in, int i)
{
    return in->sig_args && in->sig_args[i] ? in->sig_args[i] : vtype(f, in->args[i]);
}

/* Operand i converted to the instruction's signature. */
static LLVMValueRef operand(CgFunc *f, const TiInst *in, int i)
{
    return cg_convert(f, f->vals[in->args[i]], vtype(f, in->args[i]), sig_arg(f, in, i));
}

static LLVMValueRef load_local(CgFunc *f, int slot)
{
    CgModule *m = f->m;
    const Type *t = f->tf->local_types[slot];
    LLVMValueRef v = LLVMBuildLoad2(m->b, cg_mem_type(m, t), f->locals[slot], "");
    return cg_from_mem(m, v, t);
}

static void store_mem(CgModule *m, LLVMValueRef v, const Type *t, LLVMValueRef ptr)
{
    LLVMBuildStore(m->b, cg_to_mem(m, v, t), ptr);
}

/* ---- owned references (see CgFunc.live) ---- */

/* Branches into the exception exit made so far (each is a use of it). */
static int exc_edges(CgFunc *f)
{
    int n = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(LLVMBasicBlockAsValue(f->exc)); u; u = LLVMGetNextUse(u))
        n++;
    return n;
}

/* v (of type t) holds a reference this function must drop. */
static void own(CgFunc *f, LLVMValueRef v, const Type *t)
{
    if (!cg_has_refs(t))
        return;
    CgModule *m = f->m;
    CgSlot s = {cg_alloca(f, cg_mem_type(m, t), "owned"), t, v, f->slots.len, exc_edges(f), false};
    LLVMBuildStore(m->b, cg_to_mem(m, v, t), s.slot);
    vec_push(&f->live, s);
    vec_push(&f->slots, s);
}

/* A slot of this block is emptied for good: if no edge into the exception
 * exit was made while it was full, that exit need not drop it (it would
 * call rt_nrt_decref(NULL) for nothing). */
static void slot_done(CgFunc *f, const CgSlot *s)
{
    if (exc_edges(f) == s->exc_mark)
        f->slots.data[s->idx].dropped = true;
}

/* If v is held by a slot of this block (a new array, a call result), takes
 * its reference over: the slot is emptied and no longer released here, so
 * storing v in a local needs no incref/decref pair. */
static bool take_owned(CgFunc *f, LLVMValueRef v)
{
    for (int i = f->live.len - 1; i >= 0; i--) {
        CgSlot *s = &f->live.data[i];
        if (s->v != v)
            continue;
        LLVMBuildStore(f->m->b, LLVMConstNull(cg_mem_type(f->m, s->t)), s->slot);
        slot_done(f, s);
        f->live.data[i] = f->live.data[--f->live.len];
        return true;
    }
    return false;
}

/* Deletes alloca `a` and the stores into it if nothing else uses it. */
static void erase_write_only(LLVMValueRef a)
{
    for (LLVMUseRef u = LLVMGetFirstUse(a); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (!LLVMIsAStoreInst(user) || LLVMGetOperand(user, 1) != a)
            return;
    }
    LLVMUseRef u;
    while ((u = LLVMGetFirstUse(a)) != NULL)
        LLVMInstructionEraseFromParent(LLVMGetUser(u));
    LLVMInstructionEraseFromParent(a);
}

/* Everything after which a pending incref can no longer be cancelled:
 * edges into the exception exit and FOR_ITER exits (both drop the
 * block's slots without the block's end). */
static int exit_mark(CgFunc *f)
{
    return exc_edges(f) + f->for_exits;
}

/* Is the decref of array v (a slot being released) cancelled by an incref
 * of v made in this block with no exit since? Then both go. */
static bool cancel_incref(CgFunc *f, LLVMValueRef v)
{
    for (int i = 0; i < f->increfs.len; i++) {
        CgIncref *c = &f->increfs.data[i];
        if (c->v != v || c->exc_mark != exit_mark(f))
            continue;
        LLVMInstructionEraseFromParent(c->add);
        LLVMSetOperand(c->br, 0, LLVMConstInt(f->m->i1, 0, 0));
        f->increfs.data[i] = f->increfs.data[--f->increfs.len];
        return true;
    }
    return false;
}

/* Drops the references of this block's slots (clear: also zero them, for
 * control leaving the block for good). direct: the builder is in this
 * block's code after the slots were filled, so their values are at hand
 * (not at the exception exit). */
static void release_live(CgFunc *f, bool clear, bool direct)
{
    CgModule *m = f->m;
    for (int i = 0; i < f->live.len; i++) {
        CgSlot *s = &f->live.data[i];
        LLVMTypeRef ty = cg_mem_type(m, s->t);
        if (clear && direct && s->t->kind == TY_ARRAY && cancel_incref(f, s->v))
            ;
        else if (direct)
            cg_decref(f, s->v, s->t);
        else if (s->t->kind == TY_ARRAY)
            cg_decref_array_at(f, s->slot);
        else
            cg_decref(f, LLVMBuildLoad2(m->b, ty, s->slot, ""), s->t);
        if (clear) {
            LLVMBuildStore(m->b, LLVMConstNull(ty), s->slot);
            slot_done(f, s);
        }
    }
    if (clear)
        f->increfs.len = 0;
    else
        f->for_exits++;
    if (clear)
        f->live.len = 0;
}

/* Drops the references held by locals (function exit). */
static void release_locals(CgFunc *f, bool use_known)
{
    CgModule *m = f->m;
    const FeFunction *fn = f->tf->fn;
    for (int i = 0; i < fn->nlocals; i++) {
        const Type *lt = f->tf->local_types ? f->tf->local_types[i] : NULL;
        if (!lt || !f->locals[i] || !cg_has_refs(lt) || f->borrowed[i])
            continue;
        if (use_known && f->known[i])
            cg_decref(f, f->known[i], lt);
        else if (lt->kind == TY_ARRAY)
            cg_decref_array_at(f, f->locals[i]);
        else
            cg_decref(f, LLVMBuildLoad2(m->b, cg_mem_type(m, lt), f->locals[i], ""), lt);
    }
}

static LLVMValueRef tuple_item(CgModule *m, LLVMValueRef tup, const Type *tt, int i)
{
    return cg_from_mem(m, cg_extract(m, tup, (unsigned)i, ""), tt->items[i]);
}

static bool is_unituple(const Type *t)
{
    if (t->kind != TY_TUPLE || t->nitems == 0)
        return false;
    for (int i = 1; i < t->nitems; i++)
        if (t->items[i] != t->items[0])
            return false;
    return true;
}

/* Before a call that can recurse (the callee can reach the caller):
 * RecursionError once this frame is below the thread's stack floor (a
 * parameter, from rt_stack_enter). The frame's position is the address of
 * its return address (llvm.addressofreturnaddress: no frame pointer
 * needed, unlike llvm.frameaddress). It reads no memory, so
 * LLVM hoists and merges the checks (one per frame even after it turns
 * recursion into loops), and base cases that do not call pay nothing.
 * The overflow path longjmps to the entry in unwind mode, else it raises
 * like any other exception. CPython's message; the limit is the stack. */
static void stack_check(CgFunc *f)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (f->checked_block == f->cur_block) /* the frame does not move */
        return;
    f->checked_block = f->cur_block;
    LLVMValueRef fa = cg_intrinsic(m, "llvm.addressofreturnaddress", m->ptr, NULL, 0);
    LLVMValueRef low =
        LLVMBuildICmp(b, LLVMIntULT, LLVMBuildPtrToInt(b, fa, m->i64, ""), f->floor, "");
    LLVMBasicBlockRef over = cg_block(f, "stack.overflow"), ok = cg_block(f, "stack.ok");
    cg_cond_br(m, low, over, ok, false);
    LLVMPositionBuilderAtEnd(b, over);
    LLVMTypeRef p[4] = {m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef fn = cg_extern(m, "rt_stack_overflow", m->voidt, p, 4);
    LLVMValueRef args[4];
    cg_loc_args(f, args);
    cg_call(m, fn, args, 4);
    if (m->unwind) {
        LLVMBuildUnreachable(b); /* it longjmps */
    } else {
        m->raises[f->tf->index] = true;
        LLVMBuildBr(b, f->exc);
    }
    LLVMPositionBuilderAtEnd(b, ok);
}

static void lower_call_func(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const TiFunc *callee = in->callee;
    LLVMValueRef fn = m->funcs[callee->index];
    int n = callee->nargs;
    LLVMValueRef *args = sup_calloc((size_t)n + 2, sizeof *args);
    for (int i = 0; i < callee->nargs; i++) {
        const Type *pt = callee->argtypes[i];
        LLVMValueRef v;
        if (in->argmap && in->argmap[i] < 0) {
            const FeConst *d = callee->fn->defaults ? callee->fn->defaults[i] : NULL;
            if (!d) {
                cg_fail_here(f, "InternalError", "codegen: missing default for parameter %d", i);
                v = LLVMGetUndef(cg_value_type(m, pt));
            } else {
                v = cg_const(f, d, pt);
            }
        } else {
            int ai = in->argmap ? in->argmap[i] : i + 1;
            int id = in->args[ai];
            v = cg_convert(f, f->vals[id], vtype(f, id), pt);
        }
        args[i] = cg_to_mem(m, v, pt);
    }
    if (m->stackcheck) {
        if (m->reach[callee->index * m->prog->nfuncs + f->tf->index])
            stack_check(f);
        args[n++] = f->floor;
    }
    LLVMValueRef sr = cg_call(m, fn, args, n);
    free(args);
    check_call_status(f, cg_extract(m, sr, 0, "status"), callee->index);
    LLVMValueRef r = cg_from_mem(m, cg_extract(m, sr, 1, ""), callee->ret);
    own(f, r, callee->ret); /* a callee returns a new reference */
    f->vals[in->res] = cg_convert(f, r, callee->ret, vtype(f, in->res));
}

static void lower_call(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *ct = vtype(f, in->args[0]);
    const Type *rt = vtype(f, in->res);
    switch (ct->kind) {
    case TY_FUNCTION:
        if (!in->callee) {
            cg_fail_here(f, "InternalError", "codegen: call without a callee specialisation");
            f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
            return;
        }
        lower_call_func(f, in);
        return;
    case TY_BUILTIN:
        f->vals[in->res] = cg_builtin(f, in);
        if (ti_builtin_info[ct->builtin].module == BM_NUMPY)
            own(f, f->vals[in->res], rt); /* a new array */
        return;
    case TY_METHOD:
        f->vals[in->res] = cg_array_method(f, in);
        if (ct->builtin == BI_ARRAY_COPY)
            own(f, f->vals[in->res], rt);
        return;
    case TY_EXC_CLASS:
        f->vals[in->res] = cg_empty(m);
        return;
    case TY_DTYPE:
        /* np.float64(x) and friends: a conversion. */
        if (in->nargs == 2) {
            const Type *at = vtype(f, in->args[1]);
            LLVMValueRef v = f->vals[in->args[1]];
            if (ti_is_float(at) && ti_is_int(rt))
                f->vals[in->res] = cg_float_to_int(f, v, at, rt);
            else if (rt->kind == TY_BOOL)
                f->vals[in->res] = cg_truth(f, v, at);
            else
                f->vals[in->res] = cg_convert(f, v, at, rt);
            return;
        }
        break;
    default:
        break;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: calling a %s is not supported", ct->name);
    f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
}

static LLVMValueRef build_tuple(CgFunc *f, const Type *tt, LLVMValueRef *items, const Type **types)
{
    CgModule *m = f->m;
    LLVMValueRef v = LLVMGetUndef(cg_value_type(m, tt));
    for (int i = 0; i < tt->nitems; i++) {
        LLVMValueRef x = cg_convert(f, items[i], types[i], tt->items[i]);
        v = LLVMBuildInsertValue(m->b, v, cg_to_mem(m, x, tt->items[i]), (unsigned)i, "");
    }
    return v;
}

/* int64 / int64 like CPython: exact operands, one rounding. Operands up
 * to 2**53 in magnitude convert exactly, so fdiv is correctly rounded;
 * larger ones go to cg_rt_int_truediv. */
static LLVMValueRef int_truediv(CgFunc *f, LLVMValueRef a, LLVMValueRef bv)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    cg_raise_if(f, LLVMBuildICmp(b, LLVMIntEQ, bv, LLVMConstInt(m->i64, 0, 0), ""),
                "ZeroDivisionError", "division by zero");
    LLVMValueRef off = LLVMConstInt(m->i64, 1ULL << 53, 0);
    LLVMValueRef lim = LLVMConstInt(m->i64, 1ULL << 54, 0);
    LLVMValueRef sa = LLVMBuildICmp(b, LLVMIntULE, LLVMBuildAdd(b, a, off, ""), lim, "");
    LLVMValueRef sb = LLVMBuildICmp(b, LLVMIntULE, LLVMBuildAdd(b, bv, off, ""), lim, "");
    LLVMValueRef small = LLVMBuildAnd(b, sa, sb, "");
    if (LLVMIsAConstantInt(small) && LLVMConstIntGetZExtValue(small))
        return cg_fm(f, LLVMBuildFDiv(b, LLVMBuildSIToFP(b, a, m->f64, ""),
                                      LLVMBuildSIToFP(b, bv, m->f64, ""), ""));
    LLVMBasicBlockRef fast = cg_block(f, "div.fast"), slow = cg_block(f, "div.slow"),
                      done = cg_block(f, "div.done");
    cg_cond_br(m, small, fast, slow, true);
    LLVMPositionBuilderAtEnd(b, fast);
    LLVMValueRef q1 = cg_fm(f, LLVMBuildFDiv(b, LLVMBuildSIToFP(b, a, m->f64, ""),
                                             LLVMBuildSIToFP(b, bv, m->f64, ""), ""));
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, slow);
    LLVMTypeRef p[2] = {m->i64, m->i64};
    LLVMValueRef args[2] = {a, bv};
    LLVMValueRef q2 = cg_call(m, cg_extern(m, "cg_rt_int_truediv", m->f64, p, 2), args, 2);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
    LLVMValueRef phi = LLVMBuildPhi(b, m->f64, "");
    LLVMValueRef vals[2] = {q1, q2};
    LLVMBasicBlockRef from[2] = {fast, slow};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

static void lower_binary(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *t0 = sig_arg(f, in, 0), *t1 = sig_arg(f, in, 1);
    const Type *rt = vtype(f, in->res);
    if (in->a == BIN_ADD && t0->kind == TY_TUPLE && t1->kind == TY_TUPLE && rt->kind == TY_TUPLE &&
        rt->nitems == t0->nitems + t1->nitems) {
        /* tuple concatenation */
        LLVMValueRef a = operand(f, in, 0), b = operand(f, in, 1);
        int n = rt->nitems;
        LLVMValueRef items[n > 0 ? n : 1];
        const Type *types[n > 0 ? n : 1];
        for (int i = 0; i < n; i++) {
            bool left = i < t0->nitems;
            const Type *st = left ? t0 : t1;
            int k = left ? i : i - t0->nitems;
            items[i] = tuple_item(m, left ? a : b, st, k);
            types[i] = st->items[k];
        }
        f->vals[in->res] = build_tuple(f, rt, items, types);
        return;
    }
    const Type *o0 = vtype(f, in->args[0]), *o1 = vtype(f, in->args[1]);
    if (in->a == BIN_TRUEDIV && o0->kind == TY_INT64 && o1->kind == TY_INT64 && ti_is_float(rt)) {
        f->vals[in->res] = cg_convert(f, int_truediv(f, f->vals[in->args[0]], f->vals[in->args[1]]),
                                      ti_scalar(TY_FLOAT64), rt);
        return;
    }
    if (t0->kind == TY_TUPLE || t1->kind == TY_TUPLE) {
        cg_fail_here(f, "NotImplementedError", "codegen: operator %s on %s and %s",
                     fe_binop_names[in->a], t0->name, t1->name);
        f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
        return;
    }
    f->vals[in->res] = cg_binary(f, (FeBinOp)in->a, operand(f, in, 0), operand(f, in, 1), t0, rt);
}

static void lower_compare(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *o0 = vtype(f, in->args[0]), *o1 = vtype(f, in->args[1]);
    const Type *rt = vtype(f, in->res);
    LLVMValueRef r;
    if (in->a == CMP_IS || in->a == CMP_IS_NOT) {
        bool is = in->a == CMP_IS;
        if (o0 != o1 && !(cg_is_ctonly(o0) && cg_is_ctonly(o1) && o0->kind == o1->kind)) {
            r = LLVMConstInt(m->i1, !is, 0);
        } else if (cg_is_ctonly(o0)) {
            r = LLVMConstInt(m->i1, is, 0);
        } else if (ti_is_number(o0)) {
            r = cg_compare(f, is ? CMP_EQ : CMP_NE, f->vals[in->args[0]], f->vals[in->args[1]], o0,
                           o1, o0, o1);
        } else {
            cg_fail_here(f, "NotImplementedError", "codegen: 'is' on %s", o0->name);
            r = LLVMConstInt(m->i1, 0, 0);
        }
    } else {
        r = cg_compare(f, (FeCmpOp)in->a, f->vals[in->args[0]], f->vals[in->args[1]], o0, o1,
                       sig_arg(f, in, 0), sig_arg(f, in, 1));
    }
    f->vals[in->res] = cg_convert(f, r, ti_scalar(TY_BOOL), rt);
}

static void lower_index(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *ot = vtype(f, in->args[0]);
    const Type *rt = vtype(f, in->res);
    LLVMValueRef obj = f->vals[in->args[0]];
    if (ot->kind == TY_TUPLE && in->has_imm && in->imm >= 0 && in->imm < ot->nitems) {
        int i = (int)in->imm;
        f->vals[in->res] = cg_convert(f, tuple_item(m, obj, ot, i), ot->items[i], rt);
        return;
    }
    const Type *it = vtype(f, in->args[1]);
    if (ot->kind == TY_ARRAY) {
        const Type *at = sig_arg(f, in, 0), *xt = sig_arg(f, in, 1);
        f->vals[in->res] = cg_array_index(f, operand(f, in, 0), at, operand(f, in, 1), xt, rt);
        return;
    }
    if (is_unituple(ot) && ti_is_int(it)) {
        /* t[i] with a run-time index: through memory, bounds checked. */
        const Type *el = ot->items[0];
        LLVMTypeRef at = LLVMArrayType2(cg_mem_type(m, el), (uint64_t)ot->nitems);
        LLVMValueRef tmp = cg_alloca(f, cg_mem_type(m, ot), "tup");
        LLVMBuildStore(m->b, obj, tmp);
        LLVMValueRef idx = cg_convert(f, f->vals[in->args[1]], it, ti_scalar(TY_INT64));
        LLVMValueRef n = LLVMConstInt(m->i64, (unsigned long long)ot->nitems, 0);
        LLVMValueRef neg = LLVMBuildICmp(m->b, LLVMIntSLT, idx, LLVMConstInt(m->i64, 0, 0), "");
        idx = LLVMBuildSelect(m->b, neg, LLVMBuildAdd(m->b, idx, n, ""), idx, "");
        LLVMValueRef bad = LLVMBuildICmp(m->b, LLVMIntUGE, idx, n, "");
        cg_raise_if(f, bad, "IndexError", "tuple index out of range");
        LLVMValueRef gi[2] = {LLVMConstInt(m->i64, 0, 0), idx};
        LLVMValueRef p = LLVMBuildGEP2(m->b, at, tmp, gi, 2, "");
        LLVMValueRef v = cg_from_mem(m, LLVMBuildLoad2(m->b, cg_mem_type(m, el), p, ""), el);
        f->vals[in->res] = cg_convert(f, v, el, rt);
        return;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: indexing %s with %s is not supported yet",
                 ot->name, it->name);
    f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
}

/* range → iterator {next, remaining, step}; remaining is the exact length
 * as an unsigned count (a range can hold up to 2**64 - 1 items), so the
 * loop is counted: no per-iteration overflow check, and LLVM sees a plain
 * induction variable. */
static LLVMValueRef range_iter(CgFunc *f, LLVMValueRef r)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef start = cg_extract(m, r, 0, "start");
    LLVMValueRef stop = cg_extract(m, r, 1, "stop");
    LLVMValueRef step = cg_extract(m, r, 2, "step");
    LLVMValueRef zero = LLVMConstInt(m->i64, 0, 0), one = LLVMConstInt(m->i64, 1, 0);
    LLVMValueRef len;
    if (LLVMIsAConstantInt(step) && LLVMConstIntGetSExtValue(step) > 0) {
        /* the usual range(a, b[, k > 0]): the same length, less IR */
        long long k = LLVMConstIntGetSExtValue(step);
        LLVMValueRef nonempty = LLVMBuildICmp(b, LLVMIntSLT, start, stop, "");
        LLVMValueRef diff = LLVMIsAConstantInt(start) && LLVMConstIntGetSExtValue(start) == 0
                                ? stop
                                : LLVMBuildSub(b, stop, start, "");
        if (k != 1)
            diff = LLVMBuildAdd(b, LLVMBuildUDiv(b, LLVMBuildSub(b, diff, one, ""), step, ""), one,
                                "");
        len = cg_select(m, nonempty, diff, zero, "len");
    } else {
        LLVMValueRef pos = LLVMBuildICmp(b, LLVMIntSGT, step, zero, "");
        LLVMValueRef lo = LLVMBuildSelect(b, pos, start, stop, "");
        LLVMValueRef hi = LLVMBuildSelect(b, pos, stop, start, "");
        LLVMValueRef ustep = LLVMBuildSelect(b, pos, step, LLVMBuildSub(b, zero, step, ""), "");
        LLVMValueRef nonempty = LLVMBuildICmp(b, LLVMIntSLT, lo, hi, "");
        LLVMValueRef diff = LLVMBuildSub(b, LLVMBuildSub(b, hi, lo, ""), one, "");
        /* ustep is never 0 here (range() rejects it); guard the udiv anyway
         * so the IR has no UB even for a zero-initialised iterator. */
        LLVMValueRef safe =
            LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, ustep, zero, ""), one, ustep, "");
        len = LLVMBuildAdd(b, LLVMBuildUDiv(b, diff, safe, ""), one, "");
        len = LLVMBuildSelect(b, nonempty, len, zero, "len");
    }
    LLVMTypeRef f3[3] = {m->i64, m->i64, m->i64};
    LLVMValueRef it = LLVMGetUndef(LLVMStructTypeInContext(m->ctx, f3, 3, 0));
    it = LLVMBuildInsertValue(b, it, start, 0, "");
    it = LLVMBuildInsertValue(b, it, len, 1, "");
    it = LLVMBuildInsertValue(b, it, step, 2, "");
    return it;
}

static bool iterable(const Type *t)
{
    switch (t->kind) {
    case TY_RANGE:
    case TY_ARRAY:
        return true;
    case TY_TUPLE:
        return t->nitems == 0 || is_unituple(t);
    case TY_ENUMERATE:
        return iterable(t->of);
    case TY_ZIP:
        for (int i = 0; i < t->nitems; i++)
            if (!iterable(t->items[i]))
                return false;
        return true;
    default:
        return false;
    }
}

/* iter(v) for an iterable v of type t (layout: cg_iter_type(t)). */
static LLVMValueRef iter_init(CgFunc *f, LLVMValueRef v, const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef it = LLVMGetUndef(cg_iter_type(m, t));
    switch (t->kind) {
    case TY_RANGE:
        return range_iter(f, v);
    case TY_TUPLE:
    case TY_ARRAY:
        it = LLVMBuildInsertValue(b, it, v, 0, "");
        return LLVMBuildInsertValue(b, it, LLVMConstInt(m->i64, 0, 0), 1, "");
    case TY_ENUMERATE:
        it = LLVMBuildInsertValue(b, it, iter_init(f, v, t->of), 0, "");
        return LLVMBuildInsertValue(b, it, LLVMConstInt(m->i64, 0, 0), 1, "");
    case TY_ZIP:
        for (int i = 0; i < t->nitems; i++) {
            LLVMValueRef x = cg_extract(m, v, (unsigned)i, "");
            it = LLVMBuildInsertValue(b, it, iter_init(f, x, t->items[i]), (unsigned)i, "");
        }
        return it;
    default:
        return it;
    }
}

/* next(it) for the iterator of iterable type t stored at p: branches to
 * `done` when exhausted, else returns the item converted to `want`. */
static LLVMValueRef iter_next(CgFunc *f, const Type *t, LLVMValueRef p, LLVMBasicBlockRef done,
                              const Type *want)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMTypeRef st = cg_iter_type(m, t);
    switch (t->kind) {
    case TY_RANGE: {
        LLVMBasicBlockRef body = cg_block(f, "for.body");
        LLVMValueRef remp = LLVMBuildStructGEP2(b, st, p, 1, "");
        LLVMValueRef rem = LLVMBuildLoad2(b, m->i64, remp, "rem");
        LLVMValueRef more = LLVMBuildICmp(b, LLVMIntNE, rem, LLVMConstInt(m->i64, 0, 0), "");
        LLVMBuildCondBr(b, more, body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef nextp = LLVMBuildStructGEP2(b, st, p, 0, "");
        LLVMValueRef next = LLVMBuildLoad2(b, m->i64, nextp, "i");
        LLVMValueRef step =
            f->next_step ? LLVMConstInt(m->i64, (unsigned long long)f->next_step, 1)
                         : LLVMBuildLoad2(b, m->i64, LLVMBuildStructGEP2(b, st, p, 2, ""), "");
        /* nsw: the sum only overflows after the last item (e.g. range(
         * 2**63 - 2, 2**63 - 1, 5)), when it is never used again, so LLVM
         * may treat the index as a non-wrapping induction variable (and
         * drop negative-index wraparound on it) */
        LLVMBuildStore(b, LLVMBuildNSWAdd(b, next, step, ""), nextp);
        LLVMBuildStore(b, LLVMBuildSub(b, rem, LLVMConstInt(m->i64, 1, 0), ""), remp);
        if (f->nonneg_next) {
            /* range(n), range(k, n) with a constant k >= 0 ...: tell LLVM,
             * so indexing with the item needs no wraparound even where it
             * cannot see the induction (loops with `continue`) */
            LLVMValueRef ge = LLVMBuildICmp(b, LLVMIntSGE, next, LLVMConstInt(m->i64, 0, 0), "");
            cg_intrinsic(m, "llvm.assume", NULL, &ge, 1);
            cg_mark_nonneg(f, next);
        }
        return cg_convert(f, next, ti_scalar(TY_INT64), want);
    }
    case TY_TUPLE: {
        LLVMBasicBlockRef body = cg_block(f, "for.body");
        LLVMValueRef idxp = LLVMBuildStructGEP2(b, st, p, 1, "");
        LLVMValueRef idx = LLVMBuildLoad2(b, m->i64, idxp, "");
        LLVMValueRef n = LLVMConstInt(m->i64, (unsigned long long)t->nitems, 0);
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, idx, n, ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        if (t->nitems == 0)
            return LLVMGetUndef(cg_value_type(m, want));
        const Type *el = t->items[0];
        LLVMTypeRef at = LLVMArrayType2(cg_mem_type(m, el), (uint64_t)t->nitems);
        LLVMValueRef tp = LLVMBuildStructGEP2(b, st, p, 0, "");
        LLVMValueRef gi[2] = {LLVMConstInt(m->i64, 0, 0), idx};
        LLVMValueRef ip = LLVMBuildGEP2(b, at, tp, gi, 2, "");
        LLVMValueRef v = cg_from_mem(m, LLVMBuildLoad2(b, cg_mem_type(m, el), ip, ""), el);
        LLVMBuildStore(b, LLVMBuildAdd(b, idx, LLVMConstInt(m->i64, 1, 0), ""), idxp);
        return cg_convert(f, v, el, want);
    }
    case TY_ARRAY:
        return cg_array_iter_next(f, t, p, done, want);
    case TY_ENUMERATE: {
        if (want->kind != TY_TUPLE || want->nitems != 2)
            break;
        LLVMValueRef inner = LLVMBuildStructGEP2(b, st, p, 0, "");
        LLVMValueRef x = iter_next(f, t->of, inner, done, want->items[1]);
        LLVMValueRef cp = LLVMBuildStructGEP2(b, st, p, 1, "");
        LLVMValueRef count = LLVMBuildLoad2(b, m->i64, cp, "count");
        LLVMBuildStore(b, LLVMBuildAdd(b, count, LLVMConstInt(m->i64, 1, 0), ""), cp);
        LLVMValueRef r = LLVMGetUndef(cg_value_type(m, want));
        r = LLVMBuildInsertValue(
            b, r,
            cg_to_mem(m, cg_convert(f, count, ti_scalar(TY_INT64), want->items[0]), want->items[0]),
            0, "");
        return LLVMBuildInsertValue(b, r, cg_to_mem(m, x, want->items[1]), 1, "");
    }
    case TY_ZIP: {
        if (want->kind != TY_TUPLE || want->nitems != t->nitems)
            break;
        LLVMValueRef r = LLVMGetUndef(cg_value_type(m, want));
        /* Like CPython: advance each iterator in order, stop at the first
         * exhausted one. */
        for (int i = 0; i < t->nitems; i++) {
            LLVMValueRef ip = LLVMBuildStructGEP2(b, st, p, (unsigned)i, "");
            LLVMValueRef x = iter_next(f, t->items[i], ip, done, want->items[i]);
            r = LLVMBuildInsertValue(b, r, cg_to_mem(m, x, want->items[i]), (unsigned)i, "");
        }
        return r;
    }
    default:
        break;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: iterating over %s is not supported yet",
                 t->name);
    return LLVMGetUndef(cg_value_type(m, want));
}

static void lower_get_iter(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *ot = vtype(f, in->args[0]);
    const Type *rt = vtype(f, in->res);
    LLVMValueRef v = f->vals[in->args[0]];
    if (ot->kind == TY_ITER) {
        f->vals[in->res] = v;
        return;
    }
    if (iterable(ot)) {
        f->vals[in->res] = iter_init(f, v, ot);
        return;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: iterating over %s is not supported yet",
                 ot->name);
    f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
}

static void lower_for_iter(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    const Type *itt = f->tf->local_types[in->a];
    const Type *rt = vtype(f, in->res);
    LLVMValueRef p = f->locals[in->a];
    if (!itt || itt->kind != TY_ITER || !p || !iterable(itt->of)) {
        cg_fail_here(f, "InternalError", "codegen: FOR_ITER on a non-iterator local");
        f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
        return;
    }
    LLVMBasicBlockRef exit = f->blocks[in->b];
    if (f->live.len > 0) { /* leaving the block: drop its references */
        LLVMBasicBlockRef cur = LLVMGetInsertBlock(m->b);
        exit = cg_block(f, "for.exit");
        LLVMPositionBuilderAtEnd(m->b, exit);
        release_live(f, false, true);
        for (int i = 0; i < f->live.len; i++)
            LLVMBuildStore(m->b, LLVMConstNull(cg_mem_type(m, f->live.data[i].t)),
                           f->live.data[i].slot);
        LLVMBuildBr(m->b, f->blocks[in->b]);
        LLVMPositionBuilderAtEnd(m->b, cur);
    }
    f->nonneg_next = f->nonneg_iter[in->a];
    f->next_step = f->iter_step[in->a];
    f->vals[in->res] = iter_next(f, itt->of, p, exit, rt);
    f->nonneg_next = false;
    f->next_step = 0;
}
/* Does `in` end a segment: a branch in the middle of an IR block
 * (FOR_ITER's exit, a conditional jump), or its end? */
static bool ends_segment(const TiInst *in)
{
    return in->op == OP_FOR_ITER || in->op == OP_JUMP || in->op == OP_JUMP_IF_FALSE ||
           in->op == OP_JUMP_IF_TRUE;
}

/* Segments of the IR blocks: the straight runs between branches (a
 * FOR_ITER header jumps out before the loop variable is stored). Numbers
 * them (seg0[b]: the first of block b), and returns their dominators:
 * d[s * n + t] when every path from the entry to segment s goes through
 * segment t (exception edges aside: they leave the function). Blocks are
 * few; the simple fixpoint does. */
static bool *ti_dominators(const TiFunc *tf, int *seg0, int *nsegs)
{
    int nb = tf->nblocks, n = 0;
    for (int bi = 0; bi < nb; bi++) {
        seg0[bi] = n++;
        for (int k = 0; k + 1 < tf->blocks[bi].ninsts; k++)
            if (ends_segment(&tf->blocks[bi].insts[k]))
                n++;
    }
    *nsegs = n;
    bool *d = sup_calloc((size_t)(n > 0 ? n * n : 1), sizeof *d);
    bool *succ = sup_calloc((size_t)(n > 0 ? n * n : 1), sizeof *succ); /* succ[a * n + b] */
    for (int bi = 0; bi < nb; bi++) {
        const TiBlock *blk = &tf->blocks[bi];
        int sg = seg0[bi];
        bool falls = blk->ninsts > 0;
        for (int k = 0; k < blk->ninsts; k++) {
            const TiInst *in = &blk->insts[k];
            int t = in->op == OP_JUMP || in->op == OP_JUMP_IF_FALSE || in->op == OP_JUMP_IF_TRUE
                        ? in->a
                    : in->op == OP_FOR_ITER ? in->b
                                            : -1;
            if (t >= 0 && t < nb)
                succ[sg * n + seg0[t]] = true;
            if (k == blk->ninsts - 1) {
                falls = in->op != OP_JUMP && in->op != OP_RETURN && in->op != OP_RAISE;
            } else if (ends_segment(in)) {
                succ[sg * n + sg + 1] = true;
                sg++;
            }
        }
        if (falls && bi + 1 < nb)
            succ[sg * n + seg0[bi + 1]] = true;
    }
    for (int b = 0; b < n; b++)
        for (int a = 0; a < n; a++)
            d[b * n + a] = b == 0 ? a == 0 : true;
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = 1; b < n; b++)
            for (int a = 0; a < n; a++) {
                if (a == b || !d[b * n + a])
                    continue;
                /* a dominates b iff it dominates every predecessor of b */
                bool all = true, any = false;
                for (int p = 0; p < n && all; p++)
                    if (succ[p * n + b]) {
                        any = true;
                        all = d[p * n + a];
                    }
                if (!all || !any) {
                    d[b * n + a] = false;
                    changed = true;
                }
            }
    }
    free(succ);
    return d;
}

/* Is the builder on the straight line of the IR block being lowered (not
 * in code after a raise), so that what it emits dominates the rest of the
 * block? (Between instructions it always is, unless after a raise.) */
static bool on_main_line(CgFunc *f)
{
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(f->m->b);
    return cur == f->blocks[f->cur_block] || LLVMGetFirstUse(LLVMBasicBlockAsValue(cur)) != NULL;
}

static void lower_inst(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const FeFunction *fn = f->tf->fn;
    f->inst = in;
    m->loc = in->loc;
    cg_di_set_location(f, in);
    /* Code after a terminator in the same IR block is dead. */
    if (LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(b)))
        LLVMPositionBuilderAtEnd(b, cg_block(f, "dead"));
    if (on_main_line(f)) {
        CgLineBlock lb = {LLVMGetInsertBlock(b), m->cur_tblock};
        if (!m->doms.len || m->doms.data[m->doms.len - 1].bb != lb.bb)
            vec_push(&m->doms, lb);
    }
    if (in->is_const && in->res >= 0 && in->op == OP_CALL) {
        /* folded by typeinfer (len of a tuple...) */
        f->vals[in->res] = cg_const(f, &in->konst, vtype(f, in->res));
        return;
    }
    switch (in->op) {
    case OP_NOP:
    case OP_POP_TOP:
        break;
    case OP_LOAD_CONST:
        f->vals[in->res] = cg_const(f, &fn->consts[in->a], vtype(f, in->res));
        break;
    case OP_LOAD_LOCAL: {
        const Type *lt = f->tf->local_types[in->a];
        if (!lt || (!f->locals[in->a] && !f->fixed[in->a])) {
            cg_fail_here(f, "InternalError", "codegen: local '%s' has no type",
                         fn->local_names[in->a]);
            f->vals[in->res] = LLVMGetUndef(cg_value_type(m, vtype(f, in->res)));
            break;
        }
        LLVMValueRef v = f->fixed[in->a] ? f->fixed[in->a] : f->known[in->a];
        if (!v) { /* (known: bound, already checked or stored in this block) */
            if (in->maybe_unbound && f->assigned[in->a]) {
                LLVMValueRef set = LLVMBuildLoad2(b, m->i1, f->assigned[in->a], "");
                char *msg = sup_asprintf(
                    "cannot access local variable '%s' where it is not associated with a value",
                    fn->local_names[in->a]);
                cg_raise_if(f, LLVMBuildNot(b, set, ""), "UnboundLocalError", msg);
                free(msg);
            }
            v = load_local(f, in->a);
            if (f->nonneg_local[in->a])
                cg_mark_nonneg(f, v);
            if (lt->kind != TY_ITER)
                f->known[in->a] = v;
        }
        f->vals[in->res] = cg_convert(f, v, lt, vtype(f, in->res));
        break;
    }
    case OP_STORE_LOCAL: {
        const Type *lt = f->tf->local_types[in->a];
        if (!lt || !f->locals[in->a]) {
            cg_fail_here(f, "InternalError", "codegen: local '%s' has no type",
                         fn->local_names[in->a]);
            break;
        }
        LLVMValueRef v = cg_convert(f, f->vals[in->args[0]], vtype(f, in->args[0]), lt);
        if (cg_has_refs(lt)) {
            /* the local takes a reference (a new value's own, else a new
             * one); the old value's is dropped when the block ends (values
             * of this block may still borrow it) */
            if (take_owned(f, v)) {
            } else if (lt->kind == TY_ARRAY) {
                CgIncref c = {v, NULL, NULL, 0};
                c.add = cg_incref_array(f, v, &c.br);
                c.exc_mark = exit_mark(f);
                vec_push(&f->increfs, c);
            } else {
                cg_incref(f, v, lt);
            }
            if (!f->fresh[in->a])
                own(f, f->known[in->a] ? f->known[in->a] : load_local(f, in->a), lt);
            f->fresh[in->a] = false;
        }
        store_mem(m, v, lt, f->locals[in->a]);
        if (lt->kind != TY_ITER)
            f->known[in->a] = v;
        if (f->single_block[in->a] == f->cur_block && on_main_line(f)) {
            f->fixed[in->a] = f->single_v[in->a] = v;
            f->single_seg[in->a] = m->cur_tblock;
            if (lt->kind == TY_ARRAY) /* extracted once, for every access */
                cg_arr_data(m, v);
        }
        if (f->assigned[in->a])
            LLVMBuildStore(b, LLVMConstInt(m->i1, 1, 0), f->assigned[in->a]);
        break;
    }
    case OP_LOAD_GLOBAL:
    case OP_LOAD_ATTR: {
        const Type *rt = vtype(f, in->res);
        const Type *ot = in->op == OP_LOAD_ATTR && in->nargs > 0 ? vtype(f, in->args[0]) : NULL;
        LLVMValueRef av = NULL;
        if (in->is_const)
            f->vals[in->res] = cg_const(f, &in->konst, rt);
        else if (ot && ot->kind == TY_ARRAY &&
                 (av = cg_array_attr(f, f->vals[in->args[0]], ot, fn->names[in->a], rt)))
            f->vals[in->res] = av;
        else if (cg_is_ctonly(rt))
            f->vals[in->res] = cg_empty(m);
        else {
            cg_fail_here(f, "NotImplementedError", "codegen: attribute '%s' of type %s",
                         fn->names[in->a], rt->name);
            f->vals[in->res] = LLVMGetUndef(cg_value_type(m, rt));
        }
        break;
    }
    case OP_BINARY:
        lower_binary(f, in);
        break;
    case OP_UNARY:
        f->vals[in->res] =
            cg_unary(f, (FeUnOp)in->a, operand(f, in, 0), sig_arg(f, in, 0), vtype(f, in->res));
        break;
    case OP_COMPARE:
        lower_compare(f, in);
        break;
    case OP_CALL:
        lower_call(f, in);
        break;
    case OP_BUILD_TUPLE: {
        const Type *tt = vtype(f, in->res);
        int n = in->nargs;
        if (tt->kind != TY_TUPLE || tt->nitems != n) {
            cg_fail_here(f, "InternalError", "codegen: BUILD_TUPLE of type %s", tt->name);
            f->vals[in->res] = LLVMGetUndef(cg_value_type(m, tt));
            break;
        }
        LLVMValueRef items[n > 0 ? n : 1];
        const Type *types[n > 0 ? n : 1];
        for (int i = 0; i < n; i++) {
            items[i] = f->vals[in->args[i]];
            types[i] = vtype(f, in->args[i]);
        }
        f->vals[in->res] = build_tuple(f, tt, items, types);
        break;
    }
    case OP_UNPACK: {
        const Type *st = vtype(f, in->args[0]);
        int n = in->a;
        if (st->kind != TY_TUPLE || st->nitems != n) {
            cg_fail_here(f, "NotImplementedError", "codegen: unpacking %s into %d names", st->name,
                         n);
            for (int j = 0; j < in->nres; j++)
                f->vals[in->res + j] = LLVMGetUndef(cg_value_type(m, vtype(f, in->res + j)));
            break;
        }
        /* Pushed so that item 0 ends on top: value res+j is item n-1-j. */
        LLVMValueRef tup = f->vals[in->args[0]];
        for (int j = 0; j < n; j++) {
            int i = n - 1 - j;
            f->vals[in->res + j] =
                cg_convert(f, tuple_item(m, tup, st, i), st->items[i], vtype(f, in->res + j));
        }
        break;
    }
    case OP_INDEX:
        lower_index(f, in);
        break;
    case OP_STORE_INDEX: {
        /* args (value, obj, index) */
        const Type *ot = vtype(f, in->args[1]);
        if (ot->kind != TY_ARRAY) {
            cg_fail_here(f, "NotImplementedError", "codegen: item assignment on %s", ot->name);
            break;
        }
        cg_array_store(f, operand(f, in, 1), sig_arg(f, in, 1), operand(f, in, 2),
                       sig_arg(f, in, 2), f->vals[in->args[0]], vtype(f, in->args[0]),
                       sig_arg(f, in, 0));
        break;
    }
    case OP_BUILD_SLICE: {
        int n = in->nargs;
        LLVMValueRef v[3];
        const Type *t[3];
        for (int i = 0; i < n && i < 3; i++) {
            v[i] = f->vals[in->args[i]];
            t[i] = sig_arg(f, in, i);
            v[i] = operand(f, in, i);
        }
        f->vals[in->res] = cg_build_slice(f, v, t, n);
        break;
    }
    case OP_JUMP:
        release_live(f, true, true);
        LLVMBuildBr(b, f->blocks[in->a]);
        break;
    case OP_JUMP_IF_FALSE:
    case OP_JUMP_IF_TRUE: {
        LLVMValueRef c = cg_truth(f, operand(f, in, 0), sig_arg(f, in, 0));
        release_live(f, true, true);
        LLVMBasicBlockRef cont = cg_block(f, "next");
        if (in->op == OP_JUMP_IF_FALSE)
            LLVMBuildCondBr(b, c, cont, f->blocks[in->a]);
        else
            LLVMBuildCondBr(b, c, f->blocks[in->a], cont);
        LLVMPositionBuilderAtEnd(b, cont);
        break;
    }
    case OP_GET_ITER:
        lower_get_iter(f, in);
        break;
    case OP_FOR_ITER:
        lower_for_iter(f, in);
        break;
    case OP_RETURN: {
        const Type *rt = f->tf->ret;
        LLVMValueRef v = cg_convert(f, f->vals[in->args[0]], vtype(f, in->args[0]), rt);
        /* the caller gets its own reference; ours are dropped */
        cg_incref(f, v, rt);
        release_live(f, true, true);
        release_locals(f, true);
        LLVMValueRef r = LLVMGetUndef(f->rettype);
        r = LLVMBuildInsertValue(b, r, LLVMConstInt(m->i32, RT_OK, 0), 0, "");
        r = LLVMBuildInsertValue(b, r, cg_to_mem(m, v, rt), 1, "");
        LLVMBuildRet(b, r);
        break;
    }
    case OP_RAISE: {
        if (in->a != 1 || in->nargs != 1) {
            cg_fail_here(f, "NotImplementedError", "codegen: bare 'raise' is not supported");
            break;
        }
        const Type *et = vtype(f, in->args[0]);
        if (et->kind == TY_EXC_CLASS)
            cg_raise(f, et->str, NULL);
        else if (et->kind == TY_EXC)
            cg_raise(f, et->str, et->msg);
        else
            cg_fail_here(f, "NotImplementedError", "codegen: raising a %s", et->name);
        break;
    }
    default:
        cg_fail_here(f, "NotImplementedError", "codegen: bytecode %s is not supported yet",
                     (unsigned)in->op < OP__COUNT ? fe_opinfo[in->op].name : "?");
        if (in->res >= 0)
            for (int j = 0; j < in->nres; j++)
                f->vals[in->res + j] = LLVMGetUndef(cg_value_type(m, vtype(f, in->res + j)));
        break;
    }
}

/* ---- functions ---- */

/* Implementation functions return {i32 status, <ret mem>} by value (two
 * registers for scalars: no stack slot per call, and LLVM can fold the
 * status away and turn recursion into loops); the contract's
 * `i32 f(<ret>* out, args...)` is a thin shim around the entry's. */
static LLVMTypeRef impl_ret_type(CgModule *m, const TiFunc *tf)
{
    LLVMTypeRef f2[2] = {m->i32, cg_mem_type(m, tf->ret)};
    return LLVMStructTypeInContext(m->ctx, f2, 2, 0);
}

static LLVMTypeRef impl_fn_type(CgModule *m, const TiFunc *tf)
{
    int n = tf->nargs;
    LLVMTypeRef *p = sup_calloc((size_t)n + 2, sizeof *p);
    for (int i = 0; i < n; i++)
        p[i] = cg_mem_type(m, tf->argtypes[i]);
    if (m->stackcheck)
        p[n++] = m->i64; /* stack floor */
    LLVMTypeRef t = LLVMFunctionType(impl_ret_type(m, tf), p, (unsigned)n, 0);
    free(p);
    return t;
}

/* Calls the entry's .impl function from an exported function `fn`
 * (args: its own; room for one more) and returns {status, result}. With
 * recursion it passes the thread's stack floor (rt_stack_enter), and with
 * m->unwind sets the jmp_buf an overflow returns to (then: status 1). */
static LLVMValueRef call_entry_impl(CgModule *m, const TiFunc *tf, LLVMValueRef fn,
                                    LLVMValueRef *args)
{
    LLVMBuilderRef b = m->b;
    int na = tf->nargs;
    if (!m->stackcheck)
        return cg_call(m, m->funcs[tf->index], args, na);
    LLVMTypeRef p1[1] = {m->ptr};
    LLVMValueRef enter = cg_extern(m, "rt_stack_enter", m->i64, p1, 1);
    if (!m->unwind) {
        LLVMValueRef null = LLVMConstNull(m->ptr);
        args[na++] = cg_call(m, enter, &null, 1);
        return cg_call(m, m->funcs[tf->index], args, na);
    }
    /* (still in fn's entry block: a static alloca) */
    LLVMValueRef buf = LLVMBuildAlloca(b, LLVMArrayType2(m->i64, (sizeof(jmp_buf) + 7) / 8), "jb");
    LLVMSetAlignment(buf, 16);
    args[na++] = cg_call(m, enter, &buf, 1);
    LLVMValueRef sj = cg_extern(m, "_setjmp", m->i32, p1, 1);
    unsigned rt = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    if (!LLVMGetEnumAttributeAtIndex(sj, LLVMAttributeFunctionIndex, rt))
        LLVMAddAttributeAtIndex(sj, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(m->ctx, rt, 0));
    LLVMValueRef r = cg_call(m, sj, &buf, 1);
    LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(m->ctx, rt, 0));
    LLVMBasicBlockRef run = LLVMAppendBasicBlockInContext(m->ctx, fn, "run");
    LLVMBasicBlockRef over = LLVMAppendBasicBlockInContext(m->ctx, fn, "overflowed");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m->ctx, fn, "called");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, r, LLVMConstInt(m->i32, 0, 0), ""), run, over);
    LLVMPositionBuilderAtEnd(b, run);
    LLVMValueRef sr = cg_call(m, m->funcs[tf->index], args, na);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, over);
    LLVMTypeRef rt2 = impl_ret_type(m, tf);
    LLVMValueRef er = LLVMConstNull(rt2);
    er = LLVMBuildInsertValue(b, er, LLVMConstInt(m->i32, RT_EXC, 0), 0, "");
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
    LLVMValueRef phi = LLVMBuildPhi(b, rt2, "");
    LLVMValueRef vals[2] = {sr, er};
    LLVMBasicBlockRef from[2] = {run, over};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

/* The entry's internal convention: i32 @<symbol>(<ret mem>* out, args...). */
static void lower_status_entry(CgModule *m, const TiFunc *tf)
{
    int n = tf->nargs + 1;
    LLVMTypeRef *p = sup_calloc((size_t)n, sizeof *p);
    p[0] = m->ptr;
    for (int i = 0; i < tf->nargs; i++)
        p[i + 1] = cg_mem_type(m, tf->argtypes[i]);
    LLVMValueRef fn =
        LLVMAddFunction(m->mod, tf->symbol, LLVMFunctionType(m->i32, p, (unsigned)n, 0));
    free(p);
    add_fn_attr(m, fn, LLVMAttributeFunctionIndex, "nounwind");
    add_fn_attr(m, fn, 1, "noalias");
    add_fn_attr(m, fn, 1, "nocapture");
    LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, fn, "entry"));
    LLVMValueRef *args = sup_calloc((size_t)n + 2, sizeof *args);
    for (int i = 0; i < tf->nargs; i++)
        args[i] = LLVMGetParam(fn, (unsigned)i + 1);
    LLVMValueRef sr = call_entry_impl(m, tf, fn, args);
    free(args);
    LLVMValueRef st = cg_extract(m, sr, 0, "");
    LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(m->ctx, fn, "ok");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m->ctx, fn, "done");
    LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntEQ, st, LLVMConstInt(m->i32, 0, 0), ""), ok,
                    done);
    LLVMPositionBuilderAtEnd(m->b, ok);
    LLVMBuildStore(m->b, cg_extract(m, sr, 1, ""), LLVMGetParam(fn, 0));
    LLVMBuildBr(m->b, done);
    LLVMPositionBuilderAtEnd(m->b, done);
    LLVMBuildRet(m->b, st);
}

/* Is value `id` an int constant in [lo, hi]? */
static bool const_in(const TiFunc *tf, const TiInst **def, int id, int64_t lo, int64_t hi)
{
    const TiInst *d = def[id];
    if (!d || d->op != OP_LOAD_CONST)
        return false;
    const FeConst *c = &tf->fn->consts[d->a];
    int64_t v = c->kind == FC_INT ? c->v.i : c->kind == FC_BOOL ? (int64_t)c->v.b : -1;
    return (c->kind == FC_INT || c->kind == FC_BOOL) && v >= lo && v <= hi;
}

/* Is value `id` a range start that is never negative: a constant >= 0, or
 * `x + 1` / `x` with x read from a local holding only items of such
 * ranges (an item is below its stop <= INT64_MAX, so x + 1 cannot wrap)? */
static bool nonneg_start(CgFunc *f, const TiInst **def, int id)
{
    const TiFunc *tf = f->tf;
    if (const_in(tf, def, id, 0, INT64_MAX))
        return true;
    const TiInst *d = def[id];
    if (!d || tf->value_types[id]->kind != TY_INT64)
        return false;
    if (d->op == OP_LOAD_LOCAL)
        return f->nonneg_local[d->a];
    if (d->op != OP_BINARY || d->a != BIN_ADD || d->nargs != 2)
        return false;
    for (int k = 0; k < 2; k++) {
        const TiInst *x = def[d->args[k]];
        if (x && x->op == OP_LOAD_LOCAL && f->nonneg_local[x->a] &&
            tf->value_types[d->args[k]]->kind == TY_INT64 &&
            const_in(tf, def, d->args[1 - k], 0, 1))
            return true;
    }
    return false;
}

/* Marks the iterator locals every store of which is iter(range(...)) with
 * a start that is never negative (nonneg_start, or none) and a constant
 * step >= 1 (or none): their items are never negative (f->nonneg_iter);
 * the int64 locals that only ever hold such items (f->nonneg_local); and
 * the constant step of each range iterator local (f->iter_step, 0 when
 * not the same constant at every store). */
static void find_nonneg_iters(CgFunc *f)
{
    const TiFunc *tf = f->tf;
    int nl = tf->fn->nlocals;
    size_t nn = (size_t)(nl > 0 ? nl : 1);
    f->nonneg_iter = sup_calloc(nn, sizeof *f->nonneg_iter);
    f->nonneg_local = sup_calloc(nn, sizeof *f->nonneg_local);
    f->iter_step = sup_calloc(nn, sizeof *f->iter_step);
    const TiInst **def = sup_calloc((size_t)(tf->nvalues > 0 ? tf->nvalues : 1), sizeof *def);
    for (int bi = 0; bi < tf->nblocks; bi++)
        for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
            const TiInst *in = &tf->blocks[bi].insts[k];
            for (int j = 0; in->res >= 0 && j < in->nres; j++)
                if (in->res + j < tf->nvalues)
                    def[in->res + j] = in;
        }
    /* per local, this round: stored at all, a store that is not a range
     * iterator as above, a store that is not an int64 item of one */
    bool *seen = sup_calloc(nn, sizeof *seen);
    bool *bad_iter = sup_calloc(nn, sizeof *bad_iter);
    bool *bad_item = sup_calloc(nn, sizeof *bad_item);
    /* the facts feed each other (j in range(i + 1, n)): grow to a fixpoint */
    for (bool changed = true; changed;) {
        changed = false;
        memset(seen, 0, nn * sizeof *seen);
        memset(bad_iter, 0, nn * sizeof *bad_iter);
        memset(bad_item, 0, nn * sizeof *bad_item);
        for (int bi = 0; bi < tf->nblocks; bi++)
            for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
                const TiInst *in = &tf->blocks[bi].insts[k];
                if (in->op != OP_STORE_LOCAL || in->a < 0 || in->a >= nl)
                    continue;
                const TiInst *gi = def[in->args[0]];
                const TiInst *rc = gi && gi->op == OP_GET_ITER ? def[gi->args[0]] : NULL;
                bool isrange = rc && rc->op == OP_CALL && !rc->is_const &&
                               tf->value_types[rc->args[0]]->kind == TY_BUILTIN &&
                               tf->value_types[rc->args[0]]->builtin == BI_RANGE && rc->b < 0 &&
                               rc->nargs >= 2 && rc->nargs <= 4;
                int64_t step = 0;
                if (isrange && rc->nargs < 4) {
                    step = 1;
                } else if (isrange) {
                    const TiInst *sd = def[rc->args[3]];
                    const FeConst *c =
                        sd && sd->op == OP_LOAD_CONST ? &tf->fn->consts[sd->a] : NULL;
                    if (c && c->kind == FC_INT)
                        step = c->v.i;
                }
                if (!seen[in->a])
                    f->iter_step[in->a] = step;
                else if (f->iter_step[in->a] != step)
                    f->iter_step[in->a] = 0;
                seen[in->a] = true;
                bool ok = isrange && step >= 1;
                if (ok && rc->nargs >= 3)
                    ok = nonneg_start(f, def, rc->args[1]);
                if (!ok)
                    bad_iter[in->a] = true;
                /* gi is the defining instruction of the stored value */
                if (!gi || gi->op != OP_FOR_ITER || !f->nonneg_iter[gi->a] ||
                    tf->value_types[in->args[0]]->kind != TY_INT64 || !tf->local_types ||
                    !tf->local_types[in->a] || tf->local_types[in->a]->kind != TY_INT64)
                    bad_item[in->a] = true;
            }
        for (int i = 0; i < nl; i++) {
            if (!f->nonneg_iter[i] && seen[i] && !bad_iter[i])
                f->nonneg_iter[i] = changed = true;
            if (i >= tf->nargs && !f->nonneg_local[i] && seen[i] && !bad_item[i])
                f->nonneg_local[i] = changed = true;
        }
    }
    free(seen);
    free(bad_iter);
    free(bad_item);
    free(def);
}

static void lower_func(CgModule *m, const TiFunc *tf)
{
    CgFunc fs = {0}, *f = &fs;
    const FeFunction *fn = tf->fn;
    f->m = m;
    f->tf = tf;
    f->fn = m->funcs[tf->index];
    m->loc = fn->loc;
    m->file = fn->module ? fn->module->filename : NULL;
    cg_di_begin_function(f);
    f->rettype = impl_ret_type(m, tf);
    f->allocas = cg_block(f, "entry");
    LLVMBasicBlockRef params = cg_block(f, "params");
    f->exc = cg_block(f, "exc"); /* filled at the end: it drops every reference */
    if (m->stackcheck)
        f->floor = LLVMGetParam(f->fn, (unsigned)tf->nargs);
    f->checked_block = -1;
    f->file = cg_cstr(m, fn->module && fn->module->filename ? fn->module->filename : "<jit>");
    f->name = cg_cstr(m, fn->name);

    LLVMPositionBuilderAtEnd(m->b, params);
    map_free(&m->extracts);
    m->dom = params;
    size_t nl = (size_t)(fn->nlocals > 0 ? fn->nlocals : 1);
    f->borrowed = sup_calloc(nl, sizeof *f->borrowed);
    for (int i = 0; i < tf->nargs && i < fn->nlocals; i++)
        f->borrowed[i] = true;
    for (int bi = 0; bi < tf->nblocks; bi++)
        for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
            const TiInst *in = &tf->blocks[bi].insts[k];
            if (in->op == OP_STORE_LOCAL && in->a >= 0 && in->a < fn->nlocals)
                f->borrowed[in->a] = false;
        }
    f->locals = sup_calloc(nl, sizeof *f->locals);
    f->fixed = sup_calloc(nl, sizeof *f->fixed);
    f->known = sup_calloc(nl, sizeof *f->known);
    f->fresh = sup_calloc(nl, sizeof *f->fresh);
    /* can control reach block 0 other than at the function's start? */
    bool entry_targeted = false;
    for (int bi = 0; bi < tf->nblocks; bi++)
        for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
            const TiInst *in = &tf->blocks[bi].insts[k];
            if (((in->op == OP_JUMP || in->op == OP_JUMP_IF_FALSE || in->op == OP_JUMP_IF_TRUE) &&
                 in->a == 0) ||
                (in->op == OP_FOR_ITER && in->b == 0))
                entry_targeted = true;
        }
    f->single_block = sup_calloc(nl, sizeof *f->single_block);
    f->single_v = sup_calloc(nl, sizeof *f->single_v);
    {
        int *nstores = sup_calloc(nl, sizeof *nstores);
        for (int i = 0; i < fn->nlocals; i++)
            f->single_block[i] = -1;
        for (int bi = 0; bi < tf->nblocks; bi++)
            for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
                const TiInst *in = &tf->blocks[bi].insts[k];
                if (in->op == OP_STORE_LOCAL && in->a >= 0 && in->a < fn->nlocals) {
                    nstores[in->a]++;
                    f->single_block[in->a] = bi;
                }
            }
        for (int i = 0; i < fn->nlocals; i++)
            if (i < tf->nargs || nstores[i] != 1 || !tf->local_types || !tf->local_types[i] ||
                tf->local_types[i]->kind == TY_ITER)
                f->single_block[i] = -1;
        free(nstores);
    }
    int *seg0 = sup_calloc((size_t)(tf->nblocks > 0 ? tf->nblocks : 1), sizeof *seg0);
    int nsegs = 0;
    bool *tdom = ti_dominators(tf, seg0, &nsegs);
    m->tdom = tdom;
    m->ntblocks = nsegs;
    int *store_seg = sup_calloc(nl, sizeof *store_seg);
    f->single_seg = store_seg;
    for (int i = 0; i < fn->nlocals; i++) {
        const Type *lt = tf->local_types ? tf->local_types[i] : NULL;
        if (!lt)
            continue;
        /* a parameter never reassigned is read as the SSA parameter (its
         * slot only serves the debugger) */
        if (i < tf->nargs && f->borrowed[i] && lt->kind != TY_ITER && !m->opts->debug)
            continue;
        /* Only slots the exception exit or an overwrite reads before any
         * store need zeroing: those holding references. Other locals are
         * stored before they are read (typeinfer: maybe_unbound). */
        if (cg_has_refs(lt))
            f->locals[i] = cg_alloca(f, cg_mem_type(m, lt), fn->local_names[i]);
        else
            f->locals[i] = cg_alloca_uninit(f, cg_mem_type(m, lt), fn->local_names[i]);
    }
    cg_di_declare_locals(f);
    /* A flag per local that may be read while unbound (UnboundLocalError). */
    f->assigned = sup_calloc(nl, sizeof *f->assigned);
    for (int bi = 0; bi < tf->nblocks; bi++)
        for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
            const TiInst *in = &tf->blocks[bi].insts[k];
            if (in->op == OP_LOAD_LOCAL && in->maybe_unbound && in->a >= 0 && in->a < fn->nlocals &&
                f->locals[in->a] && !f->assigned[in->a])
                f->assigned[in->a] = cg_alloca(f, m->i1, "assigned");
        }
    find_nonneg_iters(f);
    for (int i = 0; i < tf->nargs && i < fn->nlocals; i++) {
        if (f->assigned[i])
            LLVMBuildStore(m->b, LLVMConstInt(m->i1, 1, 0), f->assigned[i]);
        const Type *at = tf->argtypes[i], *lt = tf->local_types ? tf->local_types[i] : NULL;
        if (!lt)
            continue;
        LLVMValueRef v = cg_from_mem(m, LLVMGetParam(f->fn, (unsigned)i), at);
        /* shapes are never negative: lets LLVM fold `0 <= i < len(a)` into
         * one unsigned compare and drop sign fix-ups of indices */
        if (at->kind == TY_ARRAY) {
            for (int d = 0; d < at->ndim; d++) {
                LLVMValueRef dim = cg_arr_shape(m, v, d);
                LLVMValueRef ge =
                    LLVMBuildICmp(m->b, LLVMIntSGE, dim, LLVMConstInt(m->i64, 0, 0), "");
                cg_intrinsic(m, "llvm.assume", NULL, &ge, 1);
                cg_mark_nonneg(f, dim);
            }
            /* extracted here, once, for every access (cg_extract) */
            cg_arr_data(m, v);
            if (at->layout != 'C')
                for (int d = 0; d < at->ndim; d++)
                    cg_arr_stride(m, v, at, d);
        }
        v = cg_convert(f, v, at, lt);
        /* a parameter that is reassigned owns a reference like any local;
         * one that is not borrows the caller's for the whole call */
        if (!f->borrowed[i])
            cg_incref(f, v, lt);
        else if (lt->kind != TY_ITER)
            f->fixed[i] = v;
        if (f->locals[i])
            store_mem(m, v, lt, f->locals[i]);
    }
    f->vals = sup_calloc((size_t)(tf->nvalues > 0 ? tf->nvalues : 1), sizeof *f->vals);
    f->blocks = sup_calloc((size_t)(tf->nblocks > 0 ? tf->nblocks : 1), sizeof *f->blocks);
    for (int i = 0; i < tf->nblocks; i++)
        f->blocks[i] = cg_block(f, "b");
    if (tf->nblocks > 0)
        LLVMBuildBr(m->b, f->blocks[0]);
    else
        LLVMBuildUnreachable(m->b);

    for (int bi = 0; bi < tf->nblocks; bi++) {
        const TiBlock *blk = &tf->blocks[bi];
        LLVMPositionBuilderAtEnd(m->b, f->blocks[bi]);
        f->cur_block = bi;
        f->live.len = 0;
        memset(f->known, 0, nl * sizeof *f->known);
        memset(f->fresh, 0, nl * sizeof *f->fresh);
        f->increfs.len = 0;
        m->cur_tblock = seg0[bi];
        for (int i = tf->nargs; i < fn->nlocals; i++)
            f->fixed[i] =
                f->single_v[i] && tdom[seg0[bi] * nsegs + store_seg[i]] ? f->single_v[i] : NULL;
        for (int i = tf->nargs; bi == 0 && !entry_targeted && i < fn->nlocals; i++)
            f->fresh[i] = f->locals[i] && cg_has_refs(tf->local_types[i]);
        if (blk->ninsts == 0) { /* unreachable (typeinfer) */
            LLVMBuildUnreachable(m->b);
            continue;
        }
        for (int k = 0; k < blk->ninsts; k++) {
            lower_inst(f, &blk->insts[k]);
            if (ends_segment(&blk->insts[k]))
                m->cur_tblock++; /* (past the last one: unused) */
        }
        if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(m->b))) {
            if (bi + 1 < tf->nblocks) {
                release_live(f, true, true);
                LLVMBuildBr(m->b, f->blocks[bi + 1]);
            } else {
                LLVMBuildUnreachable(m->b);
            }
        }
    }
    /* the exception exit drops every reference still held */
    LLVMPositionBuilderAtEnd(m->b, f->exc);
    f->live.len = 0;
    for (int i = 0; i < f->slots.len; i++)
        if (!f->slots.data[i].dropped)
            vec_push(&f->live, f->slots.data[i]);
    release_live(f, false, false);
    release_locals(f, false);
    LLVMValueRef er = LLVMConstNull(f->rettype);
    er = LLVMBuildInsertValue(m->b, er, LLVMConstInt(m->i32, RT_EXC, 0), 0, "");
    LLVMBuildRet(m->b, er);
    /* slots nothing reads (the exception exit does not need them) go */
    for (int i = 0; i < f->slots.len; i++)
        if (f->slots.data[i].dropped)
            erase_write_only(f->slots.data[i].slot);
    vec_free(&f->live);
    vec_free(&f->slots);
    vec_free(&f->increfs);
    LLVMPositionBuilderAtEnd(m->b, f->allocas);
    LLVMBuildBr(m->b, params);
    free(f->locals);
    free(f->assigned);
    free(f->borrowed);
    free(f->nonneg_iter);
    free(f->nonneg_local);
    free(f->iter_step);
    free(f->fixed);
    free(f->known);
    free(f->fresh);
    free(f->single_block);
    free(f->single_v);
    free(tdom);
    free(seg0);
    free(store_seg);
    m->tdom = NULL;
    vec_free(&m->doms);
    map_free(&f->nonneg);
    m->dom = NULL;
    free(f->vals);
    free(f->blocks);
}

/* C ABI type of a wrapper parameter or result; NULL if it has none. */
static LLVMTypeRef abi_type(CgModule *m, const Type *t)
{
    if (cg_is_ctonly(t))
        return NULL;
    if (t->kind == TY_TUPLE || t->kind == TY_ARRAY)
        return m->ptr;
    return cg_mem_type(m, t);
}

static const char *ext_attr(const Type *t)
{
    switch (t->kind) {
    case TY_BOOL:
    case TY_UINT8:
    case TY_UINT16:
        return "zeroext";
    case TY_INT8:
    case TY_INT16:
        return "signext";
    default:
        return NULL;
    }
}

/* The natural-C-ABI wrapper of the entry (codegen.h). Compile-time-only
 * arguments (e.g. None) have no C parameter. */
static void lower_wrapper(CgModule *m, const TiFunc *tf)
{
    const Type *rt = tf->ret;
    bool tuple_ret = rt->kind == TY_TUPLE || rt->kind == TY_ARRAY; /* through *out */
    LLVMTypeRef ret = tuple_ret ? NULL : abi_type(m, rt);
    int np = 0;
    LLVMTypeRef *p = sup_calloc((size_t)tf->nargs + 1, sizeof *p);
    if (tuple_ret)
        p[np++] = m->ptr;
    for (int i = 0; i < tf->nargs; i++) {
        LLVMTypeRef t = abi_type(m, tf->argtypes[i]);
        if (t)
            p[np++] = t;
    }
    char *name = sup_asprintf("%s.cabi", tf->symbol);
    LLVMValueRef w =
        LLVMAddFunction(m->mod, name, LLVMFunctionType(ret ? ret : m->voidt, p, (unsigned)np, 0));
    free(name);
    free(p);
    m->wrapper = w;
    add_fn_attr(m, w, LLVMAttributeFunctionIndex, "nounwind");
    if (ret && ext_attr(rt))
        add_fn_attr(m, w, LLVMAttributeReturnIndex, ext_attr(rt));

    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m->ctx, w, "entry");
    LLVMPositionBuilderAtEnd(m->b, entry);
    LLVMTypeRef rmem = cg_mem_type(m, rt);
    LLVMValueRef *args = sup_calloc((size_t)tf->nargs + 3, sizeof *args);
    int pi = tuple_ret ? 1 : 0;
    for (int i = 0; i < tf->nargs; i++) {
        const Type *at = tf->argtypes[i];
        if (cg_is_ctonly(at)) {
            args[i] = cg_empty(m);
            continue;
        }
        if (ext_attr(at))
            add_fn_attr(m, w, (unsigned)pi + 1, ext_attr(at));
        LLVMValueRef pv = LLVMGetParam(w, (unsigned)pi++);
        if (at->kind == TY_TUPLE || at->kind == TY_ARRAY)
            pv = cg_from_abi(m, pv, at); /* jit_array items inline */
        args[i] = pv;
    }
    LLVMValueRef sr = call_entry_impl(m, tf, w, args);
    free(args);
    LLVMValueRef st = cg_extract(m, sr, 0, "");
    LLVMValueRef ok = LLVMBuildICmp(m->b, LLVMIntEQ, st, LLVMConstInt(m->i32, 0, 0), "");
    LLVMValueRef v = cg_extract(m, sr, 1, "");
    v = LLVMBuildSelect(m->b, ok, v, LLVMConstNull(rmem), "");
    if (tuple_ret && cg_has_refs(rt)) {
        /* the result's references pass to the caller (jit_array.owner) */
        LLVMValueRef out = LLVMGetParam(w, 0);
        LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(m->ctx, w, "store");
        LLVMBasicBlockRef no = LLVMAppendBasicBlockInContext(m->ctx, w, "zero");
        LLVMBuildCondBr(m->b, ok, yes, no);
        LLVMPositionBuilderAtEnd(m->b, yes);
        cg_to_abi(m, v, rt, out);
        LLVMBuildRetVoid(m->b);
        LLVMPositionBuilderAtEnd(m->b, no);
        LLVMBuildMemSet(m->b, out, LLVMConstInt(m->i8, 0, 0), LLVMSizeOf(cg_abi_mem_type(m, rt)),
                        8);
        LLVMBuildRetVoid(m->b);
    } else if (tuple_ret) {
        LLVMBuildStore(m->b, v, LLVMGetParam(w, 0));
        LLVMBuildRetVoid(m->b);
    } else if (ret) {
        LLVMBuildRet(m->b, v);
    } else {
        LLVMBuildRetVoid(m->b);
    }
}

/* The call graph's transitive closure (m->reach); m->stackcheck when some
 * function can reach itself. Programs are small: Warshall is fine. */
static void find_recursion(CgModule *m)
{
    const TiProgram *p = m->prog;
    int n = p->nfuncs;
    m->reach = sup_calloc((size_t)(n > 0 ? n * n : 1), sizeof *m->reach);
    for (int i = 0; i < n; i++) {
        const TiFunc *tf = p->funcs[i];
        for (int bi = 0; bi < tf->nblocks; bi++)
            for (int k = 0; k < tf->blocks[bi].ninsts; k++) {
                const TiInst *in = &tf->blocks[bi].insts[k];
                if (in->op == OP_CALL && in->callee && in->callee->index >= 0 &&
                    in->callee->index < n)
                    m->reach[i * n + in->callee->index] = true;
            }
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            if (m->reach[i * n + k])
                for (int j = 0; j < n; j++)
                    if (m->reach[k * n + j])
                        m->reach[i * n + j] = true;
    for (int i = 0; i < n; i++)
        if (m->reach[i * n + i])
            m->stackcheck = true;
    /* longjmp past frames is only safe when no frame holds a reference */
    m->unwind = m->stackcheck;
    for (int i = 0; i < n && m->unwind; i++) {
        const TiFunc *tf = p->funcs[i];
        for (int v = 0; v < tf->nvalues && m->unwind; v++)
            if (cg_has_refs(tf->value_types[v]))
                m->unwind = false;
        for (int v = 0; v < tf->fn->nlocals && tf->local_types && m->unwind; v++)
            if (cg_has_refs(tf->local_types[v]))
                m->unwind = false;
        for (int v = 0; v < tf->nargs && m->unwind; v++)
            if (cg_has_refs(tf->argtypes[v]))
                m->unwind = false;
    }
}

/* Lowers the whole program into m->mod. Returns false (diagnostics added)
 * on failure. */
bool cg_lower_program(CgModule *m)
{
    const TiProgram *p = m->prog;
    m->i1 = LLVMInt1TypeInContext(m->ctx);
    m->i8 = LLVMInt8TypeInContext(m->ctx);
    m->i16 = LLVMInt16TypeInContext(m->ctx);
    m->i32 = LLVMInt32TypeInContext(m->ctx);
    m->i64 = LLVMInt64TypeInContext(m->ctx);
    m->f32 = LLVMFloatTypeInContext(m->ctx);
    m->f64 = LLVMDoubleTypeInContext(m->ctx);
    m->ptr = LLVMPointerTypeInContext(m->ctx, 0);
    m->empty = LLVMStructTypeInContext(m->ctx, NULL, 0, 0);
    m->voidt = LLVMVoidTypeInContext(m->ctx);
    m->funcs = sup_calloc((size_t)(p->nfuncs > 0 ? p->nfuncs : 1), sizeof *m->funcs);
    m->raises = sup_calloc((size_t)(p->nfuncs > 0 ? p->nfuncs : 1), sizeof *m->raises);
    if (p->nfuncs > 0 && p->funcs[0]->fn->module)
        m->file = p->funcs[0]->fn->module->filename;
    find_recursion(m);
    for (int i = 0; i < p->nfuncs; i++) {
        const TiFunc *tf = p->funcs[i];
        m->loc = tf->fn->loc;
        char *name = sup_asprintf("%s.impl", tf->symbol);
        LLVMValueRef fn = LLVMAddFunction(m->mod, name, impl_fn_type(m, tf));
        free(name);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        add_fn_attr(m, fn, LLVMAttributeFunctionIndex, "nounwind");
        m->funcs[i] = fn;
    }
    for (int i = 0; i < p->nfuncs; i++)
        lower_func(m, p->funcs[i]);
    fold_status_checks(m);
    if (p->entry) {
        if (m->opts->status_entry)
            lower_status_entry(m, p->entry);
        lower_wrapper(m, p->entry);
    }
    map_free(&m->extracts); /* (cg_dce may delete what it points to) */
    for (int i = 0; i < p->nfuncs; i++)
        cg_dce(m->funcs[i]);
    return !m->failed;
}

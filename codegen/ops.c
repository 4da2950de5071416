/* codegen/ops.c — Python semantics of conversions and operators in LLVM IR.
 * Typed operands → LLVM values: int64 wrapping arithmetic, floor division
 * and modulo (CPython's algorithms for ints and floats, signed zeros
 * included), ZeroDivisionError/ValueError checks, shifts without UB,
 * truthiness, comparisons (exact for int64 vs float64), unary operators. */
#include "internal.h"

#include <math.h>
#include <string.h>

static LLVMValueRef i64c(CgModule *m, int64_t v)
{
    return LLVMConstInt(m->i64, (unsigned long long)v, 1);
}

static LLVMValueRef fconst(CgModule *m, LLVMTypeRef t, double v)
{
    return LLVMConstReal(t, v);
}

bool cg_is_fconst(LLVMValueRef v, double *out)
{
    if (!v || !LLVMIsAConstantFP(v))
        return false;
    LLVMBool loses = 0;
    *out = LLVMConstRealGetDouble(v, &loses);
    return true;
}

LLVMValueRef cg_convert(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (from == to || !from || !to)
        return v;
    if (cg_is_ctonly(from) && cg_is_ctonly(to))
        return cg_empty(m);
    LLVMTypeRef tt = cg_value_type(m, to);
    if (to->kind == TY_BOOL && ti_is_number(from))
        return cg_truth(f, v, from);
    if (from->kind == TY_BOOL) {
        if (ti_is_int(to))
            return LLVMBuildZExt(b, v, tt, "");
        if (ti_is_float(to))
            return LLVMBuildUIToFP(b, v, tt, "");
    }
    if (ti_is_int(from)) {
        if (ti_is_int(to)) {
            int fb = ti_bits(from), tb = ti_bits(to);
            if (fb == tb)
                return v;
            if (fb > tb)
                return LLVMBuildTrunc(b, v, tt, "");
            return ti_is_signed(from) ? LLVMBuildSExt(b, v, tt, "") : LLVMBuildZExt(b, v, tt, "");
        }
        if (ti_is_float(to))
            return ti_is_signed(from) ? LLVMBuildSIToFP(b, v, tt, "")
                                      : LLVMBuildUIToFP(b, v, tt, "");
    }
    if (ti_is_float(from) && ti_is_float(to))
        return ti_bits(from) < ti_bits(to) ? LLVMBuildFPExt(b, v, tt, "")
                                           : LLVMBuildFPTrunc(b, v, tt, "");
    if (from->kind == TY_TUPLE && to->kind == TY_TUPLE && from->nitems == to->nitems) {
        LLVMValueRef r = LLVMGetUndef(tt);
        for (int i = 0; i < to->nitems; i++) {
            LLVMValueRef x = cg_from_mem(m, cg_extract(m, v, (unsigned)i, ""), from->items[i]);
            x = cg_convert(f, x, from->items[i], to->items[i]);
            r = LLVMBuildInsertValue(b, r, cg_to_mem(m, x, to->items[i]), (unsigned)i, "");
        }
        return r;
    }
    if (from->kind == to->kind && (from->kind == TY_ITER || from->kind == TY_RANGE))
        return v;
    /* arrays C -> A (same struct), bound methods, enumerate/zip of them */
    if (from->kind == to->kind && cg_value_type(m, from) == tt)
        return v;
    if (from->kind == TY_METHOD && to->kind == TY_ARRAY && cg_value_type(m, from) == tt)
        return v;
    cg_fail_here(f, "InternalError", "codegen: cannot convert %s to %s", from->name, to->name);
    return LLVMGetUndef(tt);
}

LLVMValueRef cg_truth(CgFunc *f, LLVMValueRef v, const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (t->kind == TY_BOOL)
        return v;
    if (ti_is_int(t))
        return LLVMBuildICmp(b, LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
    if (ti_is_float(t)) /* NaN is truthy: une */
        return LLVMBuildFCmp(b, LLVMRealUNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
    switch (t->kind) {
    case TY_NONE:
        return LLVMConstInt(m->i1, 0, 0);
    case TY_STRLIT:
        return LLVMConstInt(m->i1, t->str && t->str[0], 0);
    case TY_TUPLE:
        return LLVMConstInt(m->i1, t->nitems > 0, 0);
    case TY_RANGE: {
        LLVMValueRef start = cg_extract(m, v, 0, "");
        LLVMValueRef stop = cg_extract(m, v, 1, "");
        LLVMValueRef step = cg_extract(m, v, 2, "");
        LLVMValueRef pos = LLVMBuildICmp(b, LLVMIntSGT, step, i64c(m, 0), "");
        return LLVMBuildSelect(b, pos, LLVMBuildICmp(b, LLVMIntSLT, start, stop, ""),
                               LLVMBuildICmp(b, LLVMIntSGT, start, stop, ""), "");
    }
    default:
        return LLVMConstInt(m->i1, 1, 0);
    }
}

LLVMValueRef cg_int_floordiv(CgFunc *f, LLVMValueRef a, LLVMValueRef bv, bool want_mod)
{
    LLVMBuilderRef b = f->m->b;
    LLVMTypeRef t = LLVMTypeOf(a);
    LLVMValueRef zero = LLVMConstNull(t);
    LLVMValueRef one = LLVMConstInt(t, 1, 0);
    /* x // -1 wraps (INT_MIN // -1 == INT_MIN) instead of trapping. */
    LLVMValueRef m1 = LLVMBuildICmp(b, LLVMIntEQ, bv, LLVMConstAllOnes(t), "");
    LLVMValueRef d = LLVMBuildSelect(b, m1, one, bv, "");
    LLVMValueRef q = LLVMBuildSDiv(b, a, d, "");
    LLVMValueRef r = LLVMBuildSRem(b, a, d, "");
    q = LLVMBuildSelect(b, m1, LLVMBuildSub(b, zero, a, ""), q, "");
    r = LLVMBuildSelect(b, m1, zero, r, "");
    LLVMValueRef rnz = LLVMBuildICmp(b, LLVMIntNE, r, zero, "");
    LLVMValueRef sdiff = LLVMBuildICmp(b, LLVMIntSLT, LLVMBuildXor(b, r, bv, ""), zero, "");
    LLVMValueRef adj = LLVMBuildAnd(b, rnz, sdiff, "");
    if (want_mod)
        return LLVMBuildSelect(b, adj, LLVMBuildAdd(b, r, bv, ""), r, "");
    return LLVMBuildSub(b, q, LLVMBuildZExt(b, adj, t, ""), "");
}

/* Were both operands of the current BINARY ints (or bools) before the
 * conversion to float? (CPython's int / int says "division by zero".) */
static bool int_operands(CgFunc *f)
{
    const TiInst *in = f->inst;
    if (!in || in->op != OP_BINARY || in->nargs != 2)
        return false;
    for (int i = 0; i < 2; i++) {
        const Type *t = f->tf->value_types[in->args[i]];
        if (!(ti_is_int(t) || t->kind == TY_BOOL))
            return false;
    }
    return true;
}

static LLVMValueRef int_pow(CgFunc *f, LLVMValueRef a, LLVMValueRef e, const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (LLVMIsAConstantInt(e)) {
        long long k = LLVMConstIntGetSExtValue(e);
        if (k >= 0 && k <= 4) {
            LLVMValueRef r = LLVMConstInt(LLVMTypeOf(a), 1, 0);
            for (long long i = 0; i < k; i++)
                r = i == 0 ? a : LLVMBuildMul(b, r, a, "");
            return r;
        }
    }
    const Type *i64t = ti_scalar(TY_INT64);
    LLVMValueRef a64 = cg_convert(f, a, t, i64t), e64 = cg_convert(f, e, t, i64t);
    LLVMTypeRef p[7] = {m->ptr, m->i64, m->i64, m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef fn = cg_extern(m, "rt_ipow", m->i32, p, 7);
    LLVMValueRef slot = cg_alloca(f, m->i64, "pow");
    LLVMValueRef args[7] = {slot, a64, e64};
    cg_loc_args(f, args + 3);
    cg_check_status(f, cg_call(m, fn, args, 7));
    LLVMValueRef r = LLVMBuildLoad2(b, m->i64, slot, "");
    return cg_convert(f, r, i64t, t);
}

static LLVMValueRef call_fpow(CgFunc *f, LLVMValueRef a, LLVMValueRef e)
{
    CgModule *m = f->m;
    LLVMTypeRef p[7] = {m->ptr, m->f64, m->f64, m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef fn = cg_extern(m, "rt_fpow", m->i32, p, 7);
    LLVMValueRef slot = cg_alloca(f, m->f64, "fpow");
    LLVMValueRef args[7] = {slot, a, e};
    cg_loc_args(f, args + 3);
    cg_check_status(f, cg_call(m, fn, args, 7));
    return LLVMBuildLoad2(m->b, m->f64, slot, "");
}

static LLVMValueRef float_pow(CgFunc *f, LLVMValueRef a, LLVMValueRef e, const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const Type *f64t = ti_scalar(TY_FLOAT64);
    double k;
    if (t->kind == TY_FLOAT64 && cg_is_fconst(e, &k) && k == 2.0) {
        /* x ** 2.0 is x * x (exactly what pow returns); only an overflow
         * needs rt_fpow, which raises CPython's error. */
        LLVMValueRef r = cg_fm(f, LLVMBuildFMul(b, a, a, ""));
        LLVMValueRef inf = fconst(m, m->f64, INFINITY);
        LLVMValueRef rinf =
            LLVMBuildFCmp(b, LLVMRealOEQ, cg_intrinsic(m, "llvm.fabs", m->f64, &r, 1), inf, "");
        LLVMValueRef afin =
            LLVMBuildFCmp(b, LLVMRealONE, cg_intrinsic(m, "llvm.fabs", m->f64, &a, 1), inf, "");
        LLVMBasicBlockRef slow = cg_block(f, "pow.slow"), cont = cg_block(f, "pow.ok");
        LLVMBuildCondBr(b, LLVMBuildAnd(b, rinf, afin, ""), slow, cont);
        LLVMPositionBuilderAtEnd(b, slow);
        call_fpow(f, a, e); /* raises */
        LLVMBuildBr(b, cont);
        LLVMPositionBuilderAtEnd(b, cont);
        return r;
    }
    LLVMValueRef r = call_fpow(f, cg_convert(f, a, t, f64t), cg_convert(f, e, t, f64t));
    return cg_convert(f, r, f64t, t);
}

static LLVMValueRef shift(CgFunc *f, bool left, LLVMValueRef a, LLVMValueRef n, const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMTypeRef ty = LLVMTypeOf(a);
    unsigned bits = (unsigned)ti_bits(t);
    if (ti_is_signed(t))
        cg_raise_if(f, LLVMBuildICmp(b, LLVMIntSLT, n, LLVMConstNull(ty), ""), "ValueError",
                    "negative shift count");
    /* Counts >= width give 0 (or -1 for >> of a negative) instead of UB. */
    LLVMValueRef big = LLVMBuildICmp(b, LLVMIntUGE, n, LLVMConstInt(ty, bits, 0), "");
    LLVMValueRef sh = LLVMBuildSelect(b, big, LLVMConstInt(ty, bits - 1, 0), n, "");
    if (left)
        return LLVMBuildSelect(b, big, LLVMConstNull(ty), LLVMBuildShl(b, a, sh, ""), "");
    if (ti_is_signed(t))
        return LLVMBuildAShr(b, a, sh, "");
    return LLVMBuildSelect(b, big, LLVMConstNull(ty), LLVMBuildLShr(b, a, sh, ""), "");
}

static LLVMValueRef copysign_(CgModule *m, LLVMValueRef mag, LLVMValueRef sgn)
{
    LLVMValueRef args[2] = {mag, sgn};
    return cg_intrinsic(m, "llvm.copysign", LLVMTypeOf(mag), args, 2);
}

/* CPython's float_rem / _float_div_mod (Objects/floatobject.c). */
static LLVMValueRef float_divmod(CgFunc *f, LLVMValueRef a, LLVMValueRef bv, bool want_mod)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMTypeRef t = LLVMTypeOf(a);
    LLVMValueRef zero = fconst(m, t, 0.0);
    LLVMValueRef mod = cg_fm(f, LLVMBuildFRem(b, a, bv, "fmod"));
    LLVMValueRef mnz = LLVMBuildFCmp(b, LLVMRealUNE, mod, zero, "");
    LLVMValueRef bneg = LLVMBuildFCmp(b, LLVMRealOLT, bv, zero, "");
    LLVMValueRef mneg = LLVMBuildFCmp(b, LLVMRealOLT, mod, zero, "");
    LLVMValueRef adj = LLVMBuildAnd(b, mnz, LLVMBuildXor(b, bneg, mneg, ""), "");
    if (want_mod) {
        LLVMValueRef r = LLVMBuildSelect(b, adj, cg_fm(f, LLVMBuildFAdd(b, mod, bv, "")), mod, "");
        return LLVMBuildSelect(b, mnz, r, copysign_(m, zero, bv), "");
    }
    LLVMValueRef div = cg_fm(f, LLVMBuildFDiv(b, cg_fm(f, LLVMBuildFSub(b, a, mod, "")), bv, ""));
    div = LLVMBuildSelect(b, adj, cg_fm(f, LLVMBuildFSub(b, div, fconst(m, t, 1.0), "")), div, "");
    LLVMValueRef fl = cg_intrinsic(m, "llvm.floor", t, &div, 1);
    LLVMValueRef up = LLVMBuildFCmp(b, LLVMRealOGT, cg_fm(f, LLVMBuildFSub(b, div, fl, "")),
                                    fconst(m, t, 0.5), "");
    fl = LLVMBuildSelect(b, up, cg_fm(f, LLVMBuildFAdd(b, fl, fconst(m, t, 1.0), "")), fl, "");
    LLVMValueRef dnz = LLVMBuildFCmp(b, LLVMRealUNE, div, zero, "");
    LLVMValueRef q = cg_fm(f, LLVMBuildFDiv(b, a, bv, ""));
    return LLVMBuildSelect(b, dnz, fl, copysign_(m, zero, q), "");
}

LLVMValueRef cg_binary(CgFunc *f, FeBinOp op, LLVMValueRef a, LLVMValueRef bv, const Type *t,
                       const Type *ret)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef r = NULL;
    const Type *rt = t; /* type of r */
    if (t->kind == TY_BOOL) {
        switch (op) {
        case BIN_AND:
            r = LLVMBuildAnd(b, a, bv, "");
            break;
        case BIN_OR:
            r = LLVMBuildOr(b, a, bv, "");
            break;
        case BIN_XOR:
            r = LLVMBuildXor(b, a, bv, "");
            break;
        default: {
            /* Arithmetic on bools is int arithmetic. */
            const Type *i64t = ti_scalar(TY_INT64);
            const Type *ct = op == BIN_TRUEDIV ? ti_scalar(TY_FLOAT64) : i64t;
            return cg_binary(f, op, cg_convert(f, a, t, ct), cg_convert(f, bv, t, ct), ct, ret);
        }
        }
    } else if (ti_is_int(t)) {
        bool sgn = ti_is_signed(t);
        LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(a));
        switch (op) {
        case BIN_ADD:
            r = LLVMBuildAdd(b, a, bv, "");
            break;
        case BIN_SUB:
            r = LLVMBuildSub(b, a, bv, "");
            break;
        case BIN_MUL:
            r = LLVMBuildMul(b, a, bv, "");
            break;
        case BIN_FLOORDIV:
        case BIN_MOD: {
            bool mod = op == BIN_MOD;
            cg_raise_if(f, LLVMBuildICmp(b, LLVMIntEQ, bv, zero, ""), "ZeroDivisionError",
                        mod ? "integer modulo by zero" : "integer division or modulo by zero");
            if (sgn)
                r = cg_int_floordiv(f, a, bv, mod);
            else
                r = mod ? LLVMBuildURem(b, a, bv, "") : LLVMBuildUDiv(b, a, bv, "");
            break;
        }
        case BIN_TRUEDIV: {
            const Type *ft = ti_scalar(TY_FLOAT64);
            return cg_binary(f, op, cg_convert(f, a, t, ft), cg_convert(f, bv, t, ft), ft, ret);
        }
        case BIN_POW:
            r = int_pow(f, a, bv, t);
            break;
        case BIN_LSHIFT:
        case BIN_RSHIFT:
            r = shift(f, op == BIN_LSHIFT, a, bv, t);
            break;
        case BIN_AND:
            r = LLVMBuildAnd(b, a, bv, "");
            break;
        case BIN_OR:
            r = LLVMBuildOr(b, a, bv, "");
            break;
        case BIN_XOR:
            r = LLVMBuildXor(b, a, bv, "");
            break;
        default:
            break;
        }
    } else if (ti_is_float(t)) {
        LLVMValueRef zero = fconst(m, LLVMTypeOf(a), 0.0);
        switch (op) {
        case BIN_ADD:
            r = cg_fm(f, LLVMBuildFAdd(b, a, bv, ""));
            break;
        case BIN_SUB:
            r = cg_fm(f, LLVMBuildFSub(b, a, bv, ""));
            break;
        case BIN_MUL:
            r = cg_fm(f, LLVMBuildFMul(b, a, bv, ""));
            break;
        case BIN_TRUEDIV:
            cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOEQ, bv, zero, ""), "ZeroDivisionError",
                        int_operands(f) ? "division by zero" : "float division by zero");
            r = cg_fm(f, LLVMBuildFDiv(b, a, bv, ""));
            break;
        case BIN_FLOORDIV:
            cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOEQ, bv, zero, ""), "ZeroDivisionError",
                        "float floor division by zero");
            r = float_divmod(f, a, bv, false);
            break;
        case BIN_MOD:
            cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOEQ, bv, zero, ""), "ZeroDivisionError",
                        "float modulo");
            r = float_divmod(f, a, bv, true);
            break;
        case BIN_POW:
            r = float_pow(f, a, bv, t);
            break;
        default:
            break;
        }
    }
    if (!r) {
        cg_fail_here(f, "NotImplementedError", "codegen: operator %s on %s", fe_binop_names[op],
                     t->name);
        return LLVMGetUndef(cg_value_type(m, ret));
    }
    return cg_convert(f, r, rt, ret);
}

/* i OP x for a 64-bit int i and a float64 x, exactly (no rounding of i). */
static LLVMValueRef exact_int_float(CgFunc *f, FeCmpOp op, LLVMValueRef i, LLVMValueRef x, bool sgn)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    double lo = sgn ? -9223372036854775808.0 : 0.0;
    double hi = sgn ? 9223372036854775808.0 : 18446744073709551616.0;
    LLVMValueRef nan = LLVMBuildFCmp(b, LLVMRealUNO, x, x, "");
    LLVMValueRef above = LLVMBuildFCmp(b, LLVMRealOGE, x, fconst(m, m->f64, hi), "");
    LLVMValueRef below = LLVMBuildFCmp(b, LLVMRealOLT, x, fconst(m, m->f64, lo), "");
    LLVMValueRef fl = cg_intrinsic(m, "llvm.floor", m->f64, &x, 1);
    LLVMValueRef inr =
        LLVMBuildNot(b, LLVMBuildOr(b, nan, LLVMBuildOr(b, above, below, ""), ""), "");
    LLVMValueRef safe = LLVMBuildSelect(b, inr, fl, fconst(m, m->f64, 0.0), "");
    LLVMValueRef t =
        sgn ? LLVMBuildFPToSI(b, safe, m->i64, "") : LLVMBuildFPToUI(b, safe, m->i64, "");
    LLVMValueRef frac = LLVMBuildFCmp(b, LLVMRealOGT, x, fl, "");
    LLVMValueRef ilt = LLVMBuildICmp(b, sgn ? LLVMIntSLT : LLVMIntULT, i, t, "");
    LLVMValueRef ieq = LLVMBuildICmp(b, LLVMIntEQ, i, t, "");
    /* within range: i < x  <=>  i < floor(x) or (i == floor(x) and x has a fraction) */
    LLVMValueRef lt_in = LLVMBuildOr(b, ilt, LLVMBuildAnd(b, ieq, frac, ""), "");
    LLVMValueRef lt = LLVMBuildOr(b, above, LLVMBuildAnd(b, inr, lt_in, ""), "");
    LLVMValueRef eq = LLVMBuildAnd(b, inr, LLVMBuildAnd(b, ieq, LLVMBuildNot(b, frac, ""), ""), "");
    LLVMValueRef ord = LLVMBuildNot(b, nan, "");
    LLVMValueRef le = LLVMBuildOr(b, lt, eq, "");
    switch (op) {
    case CMP_LT:
        return LLVMBuildAnd(b, ord, lt, "");
    case CMP_LE:
        return LLVMBuildAnd(b, ord, le, "");
    case CMP_EQ:
        return eq;
    case CMP_NE:
        return LLVMBuildNot(b, eq, "");
    case CMP_GT:
        return LLVMBuildAnd(b, ord, LLVMBuildNot(b, le, ""), "");
    case CMP_GE:
        return LLVMBuildAnd(b, ord, LLVMBuildNot(b, lt, ""), "");
    default:
        return LLVMConstInt(m->i1, 0, 0);
    }
}

static FeCmpOp mirror(FeCmpOp op)
{
    switch (op) {
    case CMP_LT:
        return CMP_GT;
    case CMP_LE:
        return CMP_GE;
    case CMP_GT:
        return CMP_LT;
    case CMP_GE:
        return CMP_LE;
    default:
        return op;
    }
}

static LLVMValueRef scalar_compare(CgFunc *f, FeCmpOp op, LLVMValueRef a, LLVMValueRef bv,
                                   const Type *t)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (ti_is_float(t)) {
        static const LLVMRealPredicate fp[] = {
            [CMP_LT] = LLVMRealOLT, [CMP_LE] = LLVMRealOLE, [CMP_EQ] = LLVMRealOEQ,
            [CMP_NE] = LLVMRealUNE, [CMP_GT] = LLVMRealOGT, [CMP_GE] = LLVMRealOGE};
        return LLVMBuildFCmp(b, fp[op], a, bv, "");
    }
    bool sgn = ti_is_signed(t);
    static const LLVMIntPredicate sp[] = {
        [CMP_LT] = LLVMIntSLT, [CMP_LE] = LLVMIntSLE, [CMP_EQ] = LLVMIntEQ,
        [CMP_NE] = LLVMIntNE,  [CMP_GT] = LLVMIntSGT, [CMP_GE] = LLVMIntSGE};
    static const LLVMIntPredicate up[] = {
        [CMP_LT] = LLVMIntULT, [CMP_LE] = LLVMIntULE, [CMP_EQ] = LLVMIntEQ,
        [CMP_NE] = LLVMIntNE,  [CMP_GT] = LLVMIntUGT, [CMP_GE] = LLVMIntUGE};
    return LLVMBuildICmp(b, sgn ? sp[op] : up[op], a, bv, "");
}

static bool is_wide_int(const Type *t)
{
    return t->kind == TY_INT64 || t->kind == TY_UINT64;
}

LLVMValueRef cg_compare(CgFunc *f, FeCmpOp op, LLVMValueRef a, LLVMValueRef bv, const Type *oa,
                        const Type *ob, const Type *ta, const Type *tb)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (op > CMP_GE) {
        cg_fail_here(f, "NotImplementedError", "codegen: operator '%s' is not supported yet",
                     fe_cmpop_names[op]);
        return LLVMConstInt(m->i1, 0, 0);
    }
    if (ta->kind == TY_FLOAT64 && tb->kind == TY_FLOAT64) {
        if (is_wide_int(oa) && ti_is_float(ob))
            return exact_int_float(f, op, a, cg_convert(f, bv, ob, tb), ti_is_signed(oa));
        if (ti_is_float(oa) && is_wide_int(ob))
            return exact_int_float(f, mirror(op), bv, cg_convert(f, a, oa, ta), ti_is_signed(ob));
    }
    LLVMValueRef x = cg_convert(f, a, oa, ta), y = cg_convert(f, bv, ob, tb);
    if (ta != tb) {
        cg_fail_here(f, "InternalError", "codegen: comparing %s with %s", ta->name, tb->name);
        return LLVMConstInt(m->i1, 0, 0);
    }
    if (ti_is_number(ta))
        return scalar_compare(f, op, x, y, ta);
    if (cg_is_ctonly(ta) && (op == CMP_EQ || op == CMP_NE))
        return LLVMConstInt(m->i1, op == CMP_EQ, 0);
    if (ta->kind == TY_TUPLE && (op == CMP_EQ || op == CMP_NE)) {
        LLVMValueRef all = LLVMConstInt(m->i1, 1, 0);
        for (int i = 0; i < ta->nitems; i++) {
            const Type *it = ta->items[i];
            LLVMValueRef xi = cg_from_mem(m, cg_extract(m, x, (unsigned)i, ""), it);
            LLVMValueRef yi = cg_from_mem(m, cg_extract(m, y, (unsigned)i, ""), it);
            all = LLVMBuildAnd(b, all, cg_compare(f, CMP_EQ, xi, yi, it, it, it, it), "");
        }
        return op == CMP_EQ ? all : LLVMBuildNot(b, all, "");
    }
    cg_fail_here(f, "NotImplementedError", "codegen: operator '%s' on %s is not supported yet",
                 fe_cmpop_names[op], ta->name);
    return LLVMConstInt(m->i1, 0, 0);
}

LLVMValueRef cg_unary(CgFunc *f, FeUnOp op, LLVMValueRef v, const Type *t, const Type *ret)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (op == UN_NOT || (op == UN_INVERT && t->kind == TY_BOOL && ret->kind == TY_BOOL))
        return cg_convert(f, LLVMBuildNot(b, cg_truth(f, v, t), ""), ti_scalar(TY_BOOL), ret);
    if (op == UN_POS && t->kind == TY_BOOL && ret->kind == TY_BOOL)
        return v; /* NumPy bool */
    if (t->kind == TY_BOOL) {
        const Type *i64t = ti_scalar(TY_INT64);
        v = cg_convert(f, v, t, i64t);
        t = i64t;
    }
    LLVMValueRef r = NULL;
    if (op == UN_POS && ti_is_number(t))
        r = v;
    else if (op == UN_NEG && ti_is_int(t))
        r = LLVMBuildSub(b, LLVMConstNull(LLVMTypeOf(v)), v, "");
    else if (op == UN_NEG && ti_is_float(t))
        r = LLVMBuildFNeg(b, v, "");
    else if (op == UN_INVERT && ti_is_int(t))
        r = LLVMBuildNot(b, v, "");
    if (!r) {
        cg_fail_here(f, "NotImplementedError", "codegen: unary %s on %s", fe_unop_names[op],
                     t->name);
        return LLVMGetUndef(cg_value_type(m, ret));
    }
    return cg_convert(f, r, t, ret);
}

static LLVMValueRef float_to_int(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to,
                                 const char *too_big);

LLVMValueRef cg_float_to_int(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to)
{
    return float_to_int(f, v, from, to, "int too large for pyjit's int64");
}

/* A float stored into a signed int array: NumPy's setitem is int(x) with
 * CPython's C long conversion error, then wraps (typeinfer.h). */
LLVMValueRef cg_float_to_int_store(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to)
{
    LLVMValueRef r =
        float_to_int(f, v, from, ti_scalar(TY_INT64), "Python int too large to convert to C long");
    return cg_convert(f, r, ti_scalar(TY_INT64), to);
}

static LLVMValueRef float_to_int(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to,
                                 const char *too_big)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef x = cg_convert(f, v, from, ti_scalar(TY_FLOAT64));
    bool sgn = !ti_is_int(to) || ti_is_signed(to) || ti_bits(to) < 64;
    double lo = sgn ? -9223372036854775808.0 : 0.0;
    double hi = sgn ? 9223372036854775808.0 : 18446744073709551616.0;
    LLVMValueRef inr, fast = NULL;
    if (sgn && !strncmp(LLVMGetTarget(m->mod), "x86_64", 6)) {
        /* x86: cvttsd2si gives INT64_MIN ("integer indefinite") for NaN
         * and out-of-range values, so one integer compare guards the hot
         * path; the rare INT64_MIN result is rechecked off the hot path
         * (x == -2**63 is fine). postopt.c moves that test behind a compare
         * of the result when the compare cannot pass for INT64_MIN. */
        LLVMTypeRef v2 = LLVMVectorType(m->f64, 2);
        LLVMValueRef xv =
            LLVMBuildInsertElement(b, LLVMGetUndef(v2), x, LLVMConstInt(m->i32, 0, 0), "");
        unsigned id = LLVMLookupIntrinsicID("llvm.x86.sse2.cvttsd2si64", 25);
        LLVMValueRef decl = LLVMGetIntrinsicDeclaration(m->mod, id, NULL, 0);
        fast = LLVMBuildCall2(b, LLVMIntrinsicGetType(m->ctx, id, NULL, 0), decl, &xv, 1, "");
        inr = LLVMBuildICmp(b, LLVMIntNE, fast, i64c(m, INT64_MIN), "");
    } else {
        /* One ordered range test on the hot path; NaN and inf fail it too. */
        inr = LLVMBuildAnd(b, LLVMBuildFCmp(b, LLVMRealOGE, x, fconst(m, m->f64, lo), ""),
                           LLVMBuildFCmp(b, LLVMRealOLT, x, fconst(m, m->f64, hi), ""), "");
    }
    LLVMBasicBlockRef ok = cg_block(f, "toint.ok"), bad = cg_block(f, "toint.bad");
    cg_cond_br(m, inr, ok, bad, true);
    LLVMPositionBuilderAtEnd(b, bad);
    if (fast) {
        /* INT64_MIN is also the right answer for x == -2**63 exactly */
        LLVMBasicBlockRef bad2 = cg_block(f, "toint.bad2");
        LLVMBuildCondBr(b, LLVMBuildFCmp(b, LLVMRealOEQ, x, fconst(m, m->f64, lo), ""), ok, bad2);
        LLVMPositionBuilderAtEnd(b, bad2);
    }
    LLVMBasicBlockRef notnan = cg_block(f, "toint.notnan");
    LLVMBuildCondBr(b, LLVMBuildFCmp(b, LLVMRealUNO, x, x, ""),
                    cg_raise_block(f, "ValueError", "cannot convert float NaN to integer"), notnan);
    LLVMPositionBuilderAtEnd(b, notnan);
    LLVMValueRef ax = cg_intrinsic(m, "llvm.fabs", m->f64, &x, 1);
    LLVMBuildCondBr(b, LLVMBuildFCmp(b, LLVMRealOEQ, ax, fconst(m, m->f64, INFINITY), ""),
                    cg_raise_block(f, "OverflowError", "cannot convert float infinity to integer"),
                    cg_raise_block(f, "OverflowError", too_big));
    LLVMPositionBuilderAtEnd(b, ok);
    LLVMValueRef r = fast  ? fast
                     : sgn ? LLVMBuildFPToSI(b, x, m->i64, "")
                           : LLVMBuildFPToUI(b, x, m->i64, "");
    const Type *src = sgn ? ti_scalar(TY_INT64) : ti_scalar(TY_UINT64);
    if (!ti_is_int(to) && to->kind != TY_BOOL)
        return LLVMGetUndef(cg_value_type(m, to));
    return cg_convert(f, r, src, to);
}

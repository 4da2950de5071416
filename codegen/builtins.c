/* codegen/builtins.c — lowering of builtin and math-module calls.
 * CALL of a TY_BUILTIN → LLVM IR: abs/min/max/int/float/bool/round/len/
 * range/print and math.* through libm or LLVM intrinsics, raising exactly
 * the exceptions CPython 3.11 raises (Modules/mathmodule.c's math_1 rules:
 * NaN from non-NaN input is a domain error, inf from finite input a range
 * error for functions that can overflow, else a domain error). */
#include "internal.h"

#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static LLVMValueRef fc(CgModule *m, double v)
{
    return LLVMConstReal(m->f64, v);
}

static LLVMValueRef fabs_(CgModule *m, LLVMValueRef x)
{
    return cg_intrinsic(m, "llvm.fabs", LLVMTypeOf(x), &x, 1);
}

static LLVMValueRef is_nan(CgModule *m, LLVMValueRef x)
{
    return LLVMBuildFCmp(m->b, LLVMRealUNO, x, x, "");
}

static LLVMValueRef is_inf(CgModule *m, LLVMValueRef x)
{
    return LLVMBuildFCmp(m->b, LLVMRealOEQ, fabs_(m, x), LLVMConstReal(LLVMTypeOf(x), INFINITY),
                         "");
}

static LLVMValueRef is_finite(CgModule *m, LLVMValueRef x)
{
    return LLVMBuildFCmp(m->b, LLVMRealOLT, fabs_(m, x), LLVMConstReal(LLVMTypeOf(x), INFINITY),
                         "");
}

static LLVMValueRef libm1(CgModule *m, const char *name, LLVMValueRef x)
{
    LLVMTypeRef p[1] = {m->f64};
    return cg_call(m, cg_extern(m, name, m->f64, p, 1), &x, 1);
}

static LLVMValueRef libm2(CgModule *m, const char *name, LLVMValueRef x, LLVMValueRef y)
{
    LLVMTypeRef p[2] = {m->f64, m->f64};
    LLVMValueRef a[2] = {x, y};
    return cg_call(m, cg_extern(m, name, m->f64, p, 2), a, 2);
}

/* CPython's math_1 checks on r = func(x). */
static void math1_check(CgFunc *f, LLVMValueRef x, LLVMValueRef r, bool can_overflow)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef dom = LLVMBuildAnd(b, is_nan(m, r), LLVMBuildNot(b, is_nan(m, x), ""), "");
    cg_raise_if(f, dom, "ValueError", "math domain error");
    LLVMValueRef ovf = LLVMBuildAnd(b, is_inf(m, r), is_finite(m, x), "");
    if (can_overflow)
        cg_raise_if(f, ovf, "OverflowError", "math range error");
    else
        cg_raise_if(f, ovf, "ValueError", "math domain error");
}

static LLVMValueRef loghelper(CgFunc *f, const char *name, LLVMValueRef x)
{
    LLVMValueRef r = libm1(f->m, name, x);
    math1_check(f, x, r, false);
    return r;
}

/* ---- print ---- */

static void print_call(CgModule *m, const char *name, LLVMTypeRef pt, LLVMValueRef v)
{
    LLVMValueRef fn = cg_extern(m, name, m->voidt, pt ? &pt : NULL, pt ? 1 : 0);
    if (pt == m->i1 &&
        !LLVMGetEnumAttributeAtIndex(fn, 1, LLVMGetEnumAttributeKindForName("zeroext", 7)))
        LLVMAddAttributeAtIndex(
            fn, 1,
            LLVMCreateEnumAttribute(m->ctx, LLVMGetEnumAttributeKindForName("zeroext", 7), 0));
    cg_call(m, fn, pt ? &v : NULL, pt ? 1 : 0);
}

static void print_str(CgModule *m, const char *s)
{
    print_call(m, "rt_print_str", m->ptr, cg_cstr(m, s));
}

/* CPython's repr of a str (quotes chosen the same way; ASCII escapes). */
static void str_repr(StrBuf *sb, const char *s)
{
    char q = (strchr(s, '\'') && !strchr(s, '"')) ? '"' : '\'';
    sb_putc(sb, q);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        if (c == (unsigned char)q || c == '\\')
            sb_printf(sb, "\\%c", c);
        else if (c == '\n')
            sb_puts(sb, "\\n");
        else if (c == '\r')
            sb_puts(sb, "\\r");
        else if (c == '\t')
            sb_puts(sb, "\\t");
        else if (c < 0x20 || c == 0x7f)
            sb_printf(sb, "\\x%02x", c);
        else
            sb_putc(sb, (char)c);
    }
    sb_putc(sb, q);
}

static void print_value(CgFunc *f, LLVMValueRef v, const Type *t, bool top)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (t->kind == TY_BOOL) {
        print_call(m, "rt_print_bool", m->i1, v);
    } else if (ti_is_int(t)) {
        if (ti_is_signed(t))
            print_call(m, "rt_print_i64", m->i64, cg_convert(f, v, t, ti_scalar(TY_INT64)));
        else
            print_call(m, "rt_print_u64", m->i64, cg_convert(f, v, t, ti_scalar(TY_UINT64)));
    } else if (t->kind == TY_FLOAT64) {
        print_call(m, "rt_print_f64", m->f64, v);
    } else if (t->kind == TY_FLOAT32) {
        print_call(m, "rt_print_f32", m->f32, v);
    } else if (t->kind == TY_NONE) {
        print_call(m, "rt_print_none", NULL, NULL);
    } else if (t->kind == TY_STRLIT) {
        if (top) {
            print_str(m, t->str ? t->str : "");
        } else {
            StrBuf sb = {0};
            str_repr(&sb, t->str ? t->str : "");
            char *s = sb_take(&sb);
            print_str(m, s);
            free(s);
        }
    } else if (t->kind == TY_TUPLE) {
        print_str(m, "(");
        for (int i = 0; i < t->nitems; i++) {
            if (i > 0)
                print_str(m, ", ");
            LLVMValueRef x = cg_from_mem(m, cg_extract(m, v, (unsigned)i, ""), t->items[i]);
            print_value(f, x, t->items[i], false);
        }
        print_str(m, t->nitems == 1 ? ",)" : ")");
    } else if (t->kind == TY_RANGE) {
        print_str(m, "range(");
        print_call(m, "rt_print_i64", m->i64, cg_extract(m, v, 0, ""));
        print_str(m, ", ");
        print_call(m, "rt_print_i64", m->i64, cg_extract(m, v, 1, ""));
        LLVMValueRef step = cg_extract(m, v, 2, "");
        LLVMBasicBlockRef st = cg_block(f, "print.step"), done = cg_block(f, "print.done");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, step, LLVMConstInt(m->i64, 1, 0), ""), st,
                        done);
        LLVMPositionBuilderAtEnd(b, st);
        print_str(m, ", ");
        print_call(m, "rt_print_i64", m->i64, step);
        LLVMBuildBr(b, done);
        LLVMPositionBuilderAtEnd(b, done);
        print_str(m, ")");
    } else if (t->kind == TY_EXC_CLASS && t->str) {
        char *s = sup_asprintf("<class '%s'>", t->str);
        print_str(m, s);
        free(s);
    } else {
        cg_fail_here(f, "NotImplementedError", "codegen: print() of %s is not supported", t->name);
    }
}

/* ---- helpers ---- */

typedef struct Args {
    int n;            /* arguments, keywords included */
    int npos;         /* positional ones */
    LLVMValueRef *v;  /* raw values */
    const Type **t;   /* their types */
    const Type **sig; /* sig_args (or t) */
    const char **kw;  /* name per argument, NULL for positional */
} Args;

static LLVMValueRef arg(CgFunc *f, const Args *a, int i)
{
    return cg_convert(f, a->v[i], a->t[i], a->sig[i]);
}

static int kwarg(const Args *a, const char *name)
{
    for (int i = a->npos; i < a->n; i++)
        if (a->kw[i] && !strcmp(a->kw[i], name))
            return i;
    return -1;
}

static LLVMValueRef int_abs(CgModule *m, LLVMValueRef x)
{
    LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(x));
    LLVMValueRef neg = LLVMBuildICmp(m->b, LLVMIntSLT, x, zero, "");
    return LLVMBuildSelect(m->b, neg, LLVMBuildSub(m->b, zero, x, ""), x, "");
}

static LLVMValueRef pow10_table(CgModule *m)
{
    if (m->pow10)
        return m->pow10;
    LLVMValueRef v[19];
    uint64_t p = 1;
    for (int i = 0; i < 19; i++, p *= 10) /* unsigned: no overflow UB after the last */
        v[i] = LLVMConstInt(m->i64, (unsigned long long)p, 0);
    LLVMValueRef init = LLVMConstArray2(m->i64, v, 19);
    LLVMValueRef g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), "pow10");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    m->pow10 = g;
    return g;
}

/* round(int x, int nd) like CPython: nd >= 0 → x; else half-even at 10**-nd. */
static LLVMValueRef round_int(CgFunc *f, LLVMValueRef x, LLVMValueRef nd)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef zero = LLVMConstInt(m->i64, 0, 0), one = LLVMConstInt(m->i64, 1, 0);
    LLVMValueRef k = LLVMBuildSub(b, zero, nd, "");
    LLVMValueRef huge = LLVMBuildICmp(b, LLVMIntSGT, k, LLVMConstInt(m->i64, 18, 0), "");
    LLVMValueRef nonneg = LLVMBuildICmp(b, LLVMIntSGE, nd, zero, "");
    LLVMValueRef kc = LLVMBuildSelect(b, LLVMBuildOr(b, huge, nonneg, ""), zero, k, "");
    LLVMValueRef gi[2] = {zero, kc};
    LLVMValueRef pp = LLVMBuildGEP2(b, LLVMArrayType2(m->i64, 19), pow10_table(m), gi, 2, "");
    LLVMValueRef p = LLVMBuildLoad2(b, m->i64, pp, "p");
    LLVMValueRef q = cg_int_floordiv(f, x, p, false);
    LLVMValueRef r = LLVMBuildSub(b, x, LLVMBuildMul(b, q, p, ""), "");
    LLVMValueRef twice = LLVMBuildAdd(b, r, r, "");
    LLVMValueRef odd = LLVMBuildICmp(b, LLVMIntNE, LLVMBuildAnd(b, q, one, ""), zero, "");
    LLVMValueRef up =
        LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntSGT, twice, p, ""),
                    LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, twice, p, ""), odd, ""), "");
    LLVMValueRef res =
        LLVMBuildMul(b, LLVMBuildAdd(b, q, LLVMBuildZExt(b, up, m->i64, ""), ""), p, "");
    res = LLVMBuildSelect(b, huge, zero, res, "");
    return LLVMBuildSelect(b, nonneg, x, res, "");
}

static LLVMValueRef min_max(CgFunc *f, const Args *a, bool is_max, const Type *rt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    int n = a->npos;
    LLVMValueRef items[n > 0 ? n : 1];
    const Type *types[n > 0 ? n : 1];
    if (n == 1 && a->t[0]->kind == TY_TUPLE) {
        const Type *tt = a->t[0];
        n = tt->nitems;
        if (n == 0 || n > 64) {
            cg_fail_here(f, "NotImplementedError", "codegen: %s() of %s", is_max ? "max" : "min",
                         tt->name);
            return LLVMGetUndef(cg_value_type(m, rt));
        }
        LLVMValueRef tmp[n];
        const Type *tty[n];
        for (int i = 0; i < n; i++) {
            tmp[i] = cg_from_mem(m, cg_extract(m, a->v[0], (unsigned)i, ""), tt->items[i]);
            tty[i] = tt->items[i];
        }
        LLVMValueRef best = cg_convert(f, tmp[0], tty[0], rt);
        for (int i = 1; i < n; i++) {
            LLVMValueRef x = cg_convert(f, tmp[i], tty[i], rt);
            LLVMValueRef c = cg_compare(f, is_max ? CMP_GT : CMP_LT, x, best, rt, rt, rt, rt);
            best = LLVMBuildSelect(b, c, x, best, "");
        }
        return best;
    }
    if (n == 0) {
        cg_fail_here(f, "TypingError", "codegen: %s() needs arguments", is_max ? "max" : "min");
        return LLVMGetUndef(cg_value_type(m, rt));
    }
    for (int i = 0; i < n; i++) {
        items[i] = a->v[i];
        types[i] = a->t[i];
    }
    /* CPython keeps the first of equal items and replaces only when the new
     * item compares strictly greater (max) / less (min): NaN never wins
     * unless first. */
    LLVMValueRef best = cg_convert(f, items[0], types[0], rt);
    for (int i = 1; i < n; i++) {
        LLVMValueRef x = cg_convert(f, items[i], types[i], rt);
        LLVMValueRef c = cg_compare(f, is_max ? CMP_GT : CMP_LT, x, best, rt, rt, rt, rt);
        best = LLVMBuildSelect(b, c, x, best, "");
    }
    return best;
}

static LLVMValueRef range_len(CgModule *m, LLVMValueRef r)
{
    LLVMBuilderRef b = m->b;
    LLVMValueRef start = cg_extract(m, r, 0, "");
    LLVMValueRef stop = cg_extract(m, r, 1, "");
    LLVMValueRef step = cg_extract(m, r, 2, "");
    LLVMValueRef zero = LLVMConstInt(m->i64, 0, 0), one = LLVMConstInt(m->i64, 1, 0);
    LLVMValueRef pos = LLVMBuildICmp(b, LLVMIntSGT, step, zero, "");
    LLVMValueRef lo = LLVMBuildSelect(b, pos, start, stop, "");
    LLVMValueRef hi = LLVMBuildSelect(b, pos, stop, start, "");
    LLVMValueRef ustep = LLVMBuildSelect(b, pos, step, LLVMBuildSub(b, zero, step, ""), "");
    ustep = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, ustep, zero, ""), one, ustep, "");
    LLVMValueRef diff = LLVMBuildSub(b, LLVMBuildSub(b, hi, lo, ""), one, "");
    LLVMValueRef len = LLVMBuildAdd(b, LLVMBuildUDiv(b, diff, ustep, ""), one, "");
    return LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, lo, hi, ""), len, zero, "");
}

static int64_t utf8_len(const char *s)
{
    int64_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static LLVMValueRef lower_print(CgFunc *f, const Args *a)
{
    CgModule *m = f->m;
    const char *sep = " ", *end = NULL;
    for (int i = a->npos; i < a->n; i++) {
        const char *name = a->kw[i];
        const Type *t = a->t[i];
        const char *text = NULL;
        if (t->kind == TY_STRLIT)
            text = t->str ? t->str : "";
        else if (t->kind != TY_NONE) {
            cg_fail_here(f, "NotImplementedError",
                         "codegen: print(%s=...) must be a string literal or None", name);
            continue;
        }
        if (!strcmp(name, "sep"))
            sep = text ? text : " ";
        else if (!strcmp(name, "end"))
            end = text;
        else if (!strcmp(name, "flush"))
            continue;
        else
            cg_fail_here(f, "NotImplementedError", "codegen: print() keyword '%s'", name);
    }
    for (int i = 0; i < a->npos; i++) {
        if (i > 0 && sep[0])
            print_str(m, sep);
        print_value(f, a->v[i], a->t[i], true);
    }
    print_call(m, "rt_print_end", m->ptr, end ? cg_cstr(m, end) : LLVMConstNull(m->ptr));
    return cg_empty(m);
}

static LLVMValueRef lower_math(CgFunc *f, TiBuiltin id, const Args *a, const Type *rt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const char *libm = ti_builtin_info[id].libm;
    const Type *f64t = ti_scalar(TY_FLOAT64);
    if (a->npos < 1 && id != BI_MATH_GCD) {
        cg_fail_here(f, "TypingError", "codegen: math.%s() needs an argument",
                     ti_builtin_info[id].name);
        return LLVMGetUndef(cg_value_type(m, rt));
    }
    /* Integer-valued functions of an int are the identity. */
    if ((id == BI_MATH_FLOOR || id == BI_MATH_CEIL || id == BI_MATH_TRUNC) &&
        (ti_is_int(a->t[0]) || a->t[0]->kind == TY_BOOL))
        return cg_convert(f, a->v[0], a->t[0], rt);
    if ((id == BI_MATH_ISNAN || id == BI_MATH_ISINF) && !ti_is_float(a->t[0]))
        return cg_convert(f, LLVMConstInt(m->i1, 0, 0), ti_scalar(TY_BOOL), rt);
    if (id == BI_MATH_ISFINITE && !ti_is_float(a->t[0]))
        return cg_convert(f, LLVMConstInt(m->i1, 1, 0), ti_scalar(TY_BOOL), rt);
    if (id == BI_MATH_GCD) {
        const Type *i64t = ti_scalar(TY_INT64);
        LLVMValueRef g = LLVMConstInt(m->i64, 0, 0);
        LLVMTypeRef p[2] = {m->i64, m->i64};
        LLVMValueRef fn = cg_extern(m, "rt_gcd", m->i64, p, 2);
        for (int i = 0; i < a->npos; i++) {
            LLVMValueRef x = cg_convert(f, a->v[i], a->t[i], i64t);
            if (a->npos == 1) {
                g = int_abs(m, x);
                break;
            }
            if (i == 0) {
                g = x;
                continue;
            }
            LLVMValueRef args[2] = {g, x};
            g = cg_call(m, fn, args, 2);
        }
        return cg_convert(f, g, i64t, rt);
    }
    if (id == BI_MATH_FACTORIAL) {
        const Type *i64t = ti_scalar(TY_INT64);
        LLVMTypeRef p[7] = {m->ptr, m->i64, m->ptr, m->ptr, m->i32, m->i32};
        LLVMValueRef fn = cg_extern(m, "rt_factorial", m->i32, p, 6);
        LLVMValueRef slot = cg_alloca(f, m->i64, "fact");
        LLVMValueRef args[6] = {slot, cg_convert(f, a->v[0], a->t[0], i64t)};
        cg_loc_args(f, args + 2);
        cg_check_status(f, cg_call(m, fn, args, 6));
        return cg_convert(f, LLVMBuildLoad2(b, m->i64, slot, ""), i64t, rt);
    }

    LLVMValueRef x = cg_convert(f, a->v[0], a->t[0], f64t);
    LLVMValueRef y = a->npos > 1 ? cg_convert(f, a->v[1], a->t[1], f64t) : NULL;
    LLVMValueRef r = NULL;
    switch (id) {
    case BI_MATH_SQRT:
        /* sqrt never overflows; NaN comes only from x < 0 (incl. -inf). */
        cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOLT, x, fc(m, 0.0), ""), "ValueError",
                    "math domain error");
        r = cg_intrinsic(m, "llvm.sqrt", m->f64, &x, 1);
        break;
    case BI_MATH_EXP:
    case BI_MATH_EXPM1:
    case BI_MATH_COSH:
    case BI_MATH_SINH:
        r = libm1(m, libm, x);
        math1_check(f, x, r, true);
        break;
    case BI_MATH_LOG:
        r = loghelper(f, "log", x);
        if (y) {
            LLVMValueRef den = loghelper(f, "log", y);
            cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOEQ, den, fc(m, 0.0), ""), "ZeroDivisionError",
                        "float division by zero");
            r = LLVMBuildFDiv(b, r, den, "");
        }
        break;
    case BI_MATH_LOG2:
    case BI_MATH_LOG10:
    case BI_MATH_LOG1P:
    case BI_MATH_SIN:
    case BI_MATH_COS:
    case BI_MATH_TAN:
    case BI_MATH_ASIN:
    case BI_MATH_ACOS:
    case BI_MATH_ATAN:
    case BI_MATH_TANH:
    case BI_MATH_ASINH:
    case BI_MATH_ACOSH:
    case BI_MATH_ATANH:
        r = libm1(m, libm, x);
        math1_check(f, x, r, false);
        break;
    case BI_MATH_ERF:
    case BI_MATH_ERFC:
        r = libm1(m, libm, x);
        break;
    case BI_MATH_GAMMA:
    case BI_MATH_LGAMMA: {
        /* CPython's own Lanczos code (runtime/gamma.c), not libm: the
         * results differ in the last bits otherwise. */
        LLVMTypeRef p[6] = {m->ptr, m->f64, m->ptr, m->ptr, m->i32, m->i32};
        const char *name = id == BI_MATH_GAMMA ? "rt_gamma" : "rt_lgamma";
        LLVMValueRef fn = cg_extern(m, name, m->i32, p, 6);
        LLVMValueRef slot = cg_alloca(f, m->f64, "gamma");
        LLVMValueRef args[6] = {slot, x};
        cg_loc_args(f, args + 2);
        cg_check_status(f, cg_call(m, fn, args, 6));
        r = LLVMBuildLoad2(b, m->f64, slot, "");
        break;
    }
    case BI_MATH_POW: {
        if (!y)
            break;
        r = libm2(m, "pow", x, y);
        LLVMValueRef fin = LLVMBuildAnd(b, is_finite(m, x), is_finite(m, y), "");
        LLVMValueRef rbad = LLVMBuildNot(b, is_finite(m, r), "");
        LLVMValueRef bad = LLVMBuildAnd(b, fin, rbad, "");
        LLVMValueRef dom =
            LLVMBuildOr(b, is_nan(m, r), LLVMBuildFCmp(b, LLVMRealOEQ, x, fc(m, 0.0), ""), "");
        cg_raise_if(f, LLVMBuildAnd(b, bad, dom, ""), "ValueError", "math domain error");
        cg_raise_if(f, bad, "OverflowError", "math range error");
        break;
    }
    case BI_MATH_ATAN2:
        if (y)
            r = libm2(m, "atan2", x, y);
        break;
    case BI_MATH_HYPOT:
        if (y)
            r = libm2(m, "hypot", x, y);
        else
            r = fabs_(m, x);
        break;
    case BI_MATH_COPYSIGN:
        if (y) {
            LLVMValueRef args[2] = {x, y};
            r = cg_intrinsic(m, "llvm.copysign", m->f64, args, 2);
        }
        break;
    case BI_MATH_FMOD:
        if (y) {
            r = LLVMBuildFRem(b, x, y, "");
            LLVMValueRef dom = LLVMBuildAnd(
                b, is_nan(m, r),
                LLVMBuildNot(b, LLVMBuildOr(b, is_nan(m, x), is_nan(m, y), ""), ""), "");
            cg_raise_if(f, dom, "ValueError", "math domain error");
        }
        break;
    case BI_MATH_FABS:
        r = fabs_(m, x);
        break;
    case BI_MATH_FLOOR:
    case BI_MATH_CEIL:
    case BI_MATH_TRUNC: {
        const char *in = id == BI_MATH_FLOOR  ? "llvm.floor"
                         : id == BI_MATH_CEIL ? "llvm.ceil"
                                              : "llvm.trunc";
        r = cg_intrinsic(m, in, m->f64, &x, 1);
        if (ti_is_int(rt))
            return cg_float_to_int(f, r, f64t, rt);
        break;
    }
    case BI_MATH_ISNAN:
        return cg_convert(f, is_nan(m, x), ti_scalar(TY_BOOL), rt);
    case BI_MATH_ISINF:
        return cg_convert(f, is_inf(m, x), ti_scalar(TY_BOOL), rt);
    case BI_MATH_ISFINITE:
        return cg_convert(f, is_finite(m, x), ti_scalar(TY_BOOL), rt);
    case BI_MATH_DEGREES:
        r = LLVMBuildFMul(b, fc(m, 180.0 / 3.141592653589793), x, "");
        break;
    case BI_MATH_RADIANS:
        r = LLVMBuildFMul(b, fc(m, 3.141592653589793 / 180.0), x, "");
        break;
    default:
        break;
    }
    if (!r) {
        cg_fail_here(f, "NotImplementedError", "codegen: math.%s with %d arguments",
                     ti_builtin_info[id].name, a->npos);
        return LLVMGetUndef(cg_value_type(m, rt));
    }
    return cg_convert(f, r, f64t, rt);
}

LLVMValueRef cg_builtin(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const TiFunc *tf = f->tf;
    TiBuiltin id = tf->value_types[in->args[0]]->builtin;
    const Type *rt = tf->value_types[in->res];
    Args a = {0};
    a.n = in->nargs - 1;
    int nn = a.n > 0 ? a.n : 1;
    LLVMValueRef vv[nn];
    const Type *tt[nn], *ss[nn];
    const char *kk[nn];
    a.v = vv;
    a.t = tt;
    a.sig = ss;
    a.kw = kk;
    for (int i = 0; i < a.n; i++) {
        int id_ = in->args[i + 1];
        vv[i] = f->vals[id_];
        tt[i] = tf->value_types[id_];
        ss[i] = in->sig_args && in->sig_args[i] ? in->sig_args[i] : tt[i];
        kk[i] = NULL;
    }
    a.npos = a.n;
    if (in->b >= 0) {
        const FeConst *names = &tf->fn->consts[in->b];
        if (names->kind == FC_TUPLE && names->v.tuple.n <= a.n) {
            int k = names->v.tuple.n;
            a.npos = a.n - k;
            for (int j = 0; j < k; j++)
                kk[a.npos + j] = names->v.tuple.items[j].v.s;
        }
    }

    switch (id) {
    case BI_ABS: {
        LLVMValueRef x = arg(f, &a, 0);
        const Type *t = a.sig[0];
        if (t->kind == TY_BOOL) {
            x = cg_convert(f, x, t, ti_scalar(TY_INT64));
            t = ti_scalar(TY_INT64);
        }
        if (ti_is_float(t))
            x = fabs_(m, x);
        else if (ti_is_signed(t))
            x = int_abs(m, x);
        return cg_convert(f, x, t, rt);
    }
    case BI_MIN:
    case BI_MAX:
        return min_max(f, &a, id == BI_MAX, rt);
    case BI_INT:
        if (a.npos == 0)
            return LLVMConstNull(cg_value_type(m, rt));
        if (ti_is_float(a.t[0]))
            return cg_float_to_int(f, a.v[0], a.t[0], rt);
        return cg_convert(f, a.v[0], a.t[0], rt);
    case BI_FLOAT:
        if (a.npos == 0)
            return LLVMConstNull(cg_value_type(m, rt));
        return cg_convert(f, a.v[0], a.t[0], rt);
    case BI_BOOL:
        if (a.npos == 0)
            return cg_convert(f, LLVMConstInt(m->i1, 0, 0), ti_scalar(TY_BOOL), rt);
        return cg_convert(f, cg_truth(f, a.v[0], a.t[0]), ti_scalar(TY_BOOL), rt);
    case BI_ROUND: {
        int nd = a.npos > 1 ? 1 : kwarg(&a, "ndigits");
        if (nd >= 0 && a.t[nd]->kind == TY_NONE)
            nd = -1;
        const Type *xt = a.t[0];
        LLVMValueRef x = a.v[0];
        if (nd < 0) {
            if (ti_is_float(xt)) {
                LLVMValueRef d = cg_convert(f, x, xt, ti_scalar(TY_FLOAT64));
                d = cg_intrinsic(m, "llvm.roundeven", m->f64, &d, 1);
                return cg_float_to_int(f, d, ti_scalar(TY_FLOAT64), rt);
            }
            return cg_convert(f, x, xt, rt);
        }
        LLVMValueRef n = cg_convert(f, a.v[nd], a.t[nd], ti_scalar(TY_INT64));
        if (ti_is_float(xt)) {
            LLVMTypeRef p[2] = {m->f64, m->i64};
            LLVMValueRef fn = cg_extern(m, "rt_round_half_even", m->f64, p, 2);
            LLVMValueRef args[2] = {cg_convert(f, x, xt, ti_scalar(TY_FLOAT64)), n};
            LLVMValueRef r = cg_call(m, fn, args, 2);
            /* a finite x rounded past the largest double (round(1.7e308, -308)) */
            LLVMValueRef inf = LLVMConstReal(m->f64, INFINITY);
            LLVMValueRef over = LLVMBuildAnd(
                m->b,
                LLVMBuildFCmp(m->b, LLVMRealOEQ, cg_intrinsic(m, "llvm.fabs", m->f64, &r, 1), inf,
                              ""),
                LLVMBuildFCmp(m->b, LLVMRealONE, cg_intrinsic(m, "llvm.fabs", m->f64, &args[0], 1),
                              inf, ""),
                "");
            LLVMBasicBlockRef ok = cg_block(f, "round.ok");
            LLVMBuildCondBr(
                m->b, over,
                cg_raise_block(f, "OverflowError", "rounded value too large to represent"), ok);
            LLVMPositionBuilderAtEnd(m->b, ok);
            return cg_convert(f, r, ti_scalar(TY_FLOAT64), rt);
        }
        LLVMValueRef xi = cg_convert(f, x, xt, ti_scalar(TY_INT64));
        return cg_convert(f, round_int(f, xi, n), ti_scalar(TY_INT64), rt);
    }
    case BI_LEN: {
        const Type *t = a.npos > 0 ? a.t[0] : NULL;
        if (t && t->kind == TY_TUPLE)
            return LLVMConstInt(cg_value_type(m, rt), (unsigned long long)t->nitems, 0);
        if (t && t->kind == TY_STRLIT)
            return LLVMConstInt(cg_value_type(m, rt),
                                (unsigned long long)utf8_len(t->str ? t->str : ""), 0);
        if (t && t->kind == TY_RANGE)
            return cg_convert(f, range_len(m, a.v[0]), ti_scalar(TY_INT64), rt);
        if (t && t->kind == TY_ARRAY)
            return cg_convert(f, cg_arr_shape(m, a.v[0], 0), ti_scalar(TY_INT64), rt);
        break;
    }
    case BI_RANGE: {
        const Type *i64t = ti_scalar(TY_INT64);
        if (a.npos < 1 || a.npos > 3)
            break;
        LLVMValueRef start = LLVMConstInt(m->i64, 0, 0), step = LLVMConstInt(m->i64, 1, 0);
        LLVMValueRef stop;
        if (a.npos == 1) {
            stop = cg_convert(f, a.v[0], a.t[0], i64t);
        } else {
            start = cg_convert(f, a.v[0], a.t[0], i64t);
            stop = cg_convert(f, a.v[1], a.t[1], i64t);
        }
        if (a.npos == 3) {
            step = cg_convert(f, a.v[2], a.t[2], i64t);
            cg_raise_if(f, LLVMBuildICmp(b, LLVMIntEQ, step, LLVMConstInt(m->i64, 0, 0), ""),
                        "ValueError", "range() arg 3 must not be zero");
        }
        LLVMValueRef r = LLVMGetUndef(cg_value_type(m, rt));
        r = LLVMBuildInsertValue(b, r, start, 0, "");
        r = LLVMBuildInsertValue(b, r, stop, 1, "");
        return LLVMBuildInsertValue(b, r, step, 2, "");
    }
    case BI_PRINT:
        return lower_print(f, &a);
    case BI_ENUMERATE:
        /* enumerate(x) is represented by x itself (datamodel.c) */
        if (a.npos == 1 && rt->kind == TY_ENUMERATE)
            return cg_convert(f, a.v[0], a.t[0], rt->of);
        break;
    case BI_ZIP:
        if (rt->kind == TY_ZIP && a.npos == rt->nitems) {
            LLVMValueRef z = LLVMGetUndef(cg_value_type(m, rt));
            for (int i = 0; i < a.npos; i++) {
                LLVMValueRef x = cg_convert(f, a.v[i], a.t[i], rt->items[i]);
                z = LLVMBuildInsertValue(b, z, cg_to_mem(m, x, rt->items[i]), (unsigned)i, "");
            }
            return z;
        }
        break;
    default:
        if (ti_builtin_info[id].module == BM_MATH)
            return lower_math(f, id, &a, rt);
        if (ti_builtin_info[id].module == BM_NUMPY)
            return cg_numpy_call(f, in, id);
        break;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: builtin %s() is not supported here yet",
                 ti_builtin_info[id].name);
    return LLVMGetUndef(cg_value_type(m, rt));
}

/* libm functions compiled code may call, in case runtime's rt_symbols
 * does not list one. */
static const RtSymbol libm_symbols[] = {{"sqrt", (void *)sqrt},
                                        {"exp", (void *)exp},
                                        {"expm1", (void *)expm1},
                                        {"log", (void *)log},
                                        {"log1p", (void *)log1p},
                                        {"log2", (void *)log2},
                                        {"log10", (void *)log10},
                                        {"pow", (void *)pow},
                                        {"sin", (void *)sin},
                                        {"cos", (void *)cos},
                                        {"tan", (void *)tan},
                                        {"asin", (void *)asin},
                                        {"acos", (void *)acos},
                                        {"atan", (void *)atan},
                                        {"sinh", (void *)sinh},
                                        {"cosh", (void *)cosh},
                                        {"tanh", (void *)tanh},
                                        {"asinh", (void *)asinh},
                                        {"acosh", (void *)acosh},
                                        {"atanh", (void *)atanh},
                                        {"atan2", (void *)atan2},
                                        {"hypot", (void *)hypot},
                                        {"floor", (void *)floor},
                                        {"ceil", (void *)ceil},
                                        {"trunc", (void *)trunc},
                                        {"fabs", (void *)fabs},
                                        {"copysign", (void *)copysign},
                                        {"fmod", (void *)fmod},
                                        {"erf", (void *)erf},
                                        {"erfc", (void *)erfc},
                                        {"tgamma", (void *)tgamma},
                                        {"lgamma", (void *)lgamma},
                                        {"fmodf", (void *)fmodf},
                                        {"exp2", (void *)exp2},
                                        {"cbrt", (void *)cbrt},
                                        {"cg_rt_int_truediv", (void *)cg_rt_int_truediv},
                                        {"cg_rt_index_error", (void *)cg_rt_index_error},
                                        {"cg_rt_broadcast_error", (void *)cg_rt_broadcast_error},
                                        {"cg_rt_reshape_error", (void *)cg_rt_reshape_error},
                                        {"cg_rt_linspace_error", (void *)cg_rt_linspace_error},
                                        /* entries of recursive programs */
                                        {"_setjmp", (void *)_setjmp},
                                        {NULL, NULL}};

void *cg_lookup_symbol(const char *name)
{
    for (const RtSymbol *s = rt_symbols; s->name; s++)
        if (!strcmp(s->name, name))
            return s->addr;
    for (const RtSymbol *s = libm_symbols; s->name; s++)
        if (!strcmp(s->name, name))
            return s->addr;
    return NULL;
}

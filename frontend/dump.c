/* frontend/dump.c — the opcode tables (from opcodes.def), the bytecode
 * verifier, the disassembler and CPython-style constant reprs.
 * FeFunction → text / a list of broken invariants. */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const FeOpInfo fe_opinfo[OP__COUNT] = {
#define X(name, ka, kb, pops, pushes, doc) {#name, OPK_##ka, OPK_##kb, pops, pushes, doc},
#include "opcodes.def"
#undef X
};

const char *const fe_binop_names[BIN__COUNT] = {
#define X(e, s) s,
    FE_BINOPS(X)
#undef X
};
const char *const fe_unop_names[UN__COUNT] = {
#define X(e, s) s,
    FE_UNOPS(X)
#undef X
};
const char *const fe_cmpop_names[CMP__COUNT] = {
#define X(e, s) s,
    FE_CMPOPS(X)
#undef X
};

/* ---- constant reprs ---- */

/* repr(float) as CPython: shortest round-tripping digits, exponent form when
 * the decimal point is before position -4 or after 16. */
static void float_repr(StrBuf *sb, double v)
{
    if (isnan(v)) {
        sb_puts(sb, "nan");
        return;
    }
    if (isinf(v)) {
        sb_puts(sb, v < 0 ? "-inf" : "inf");
        return;
    }
    if (v == 0.0) {
        sb_puts(sb, signbit(v) ? "-0.0" : "0.0");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* buf: [-]d[.ddd]e[+-]XX */
    char digits[32];
    int nd = 0;
    const char *p = buf;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    int exp = atoi(p + 1);
    int decpt = exp + 1;
    if (neg)
        sb_putc(sb, '-');
    if (decpt <= -4 || decpt > 16) {
        sb_putc(sb, digits[0]);
        if (nd > 1) {
            sb_putc(sb, '.');
            sb_puts(sb, digits + 1);
        }
        sb_printf(sb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (decpt <= 0) {
        sb_puts(sb, "0.");
        for (int i = 0; i < -decpt; i++)
            sb_putc(sb, '0');
        sb_puts(sb, digits);
    } else if (decpt >= nd) {
        sb_puts(sb, digits);
        for (int i = nd; i < decpt; i++)
            sb_putc(sb, '0');
        sb_puts(sb, ".0");
    } else {
        sb_putn(sb, digits, (size_t)decpt);
        sb_putc(sb, '.');
        sb_puts(sb, digits + decpt);
    }
}

static void str_repr(StrBuf *sb, const char *s)
{
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    sb_putc(sb, q);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char ch = *p;
        if (ch == '\\')
            sb_puts(sb, "\\\\");
        else if (ch == (unsigned char)q)
            sb_printf(sb, "\\%c", q);
        else if (ch == '\n')
            sb_puts(sb, "\\n");
        else if (ch == '\r')
            sb_puts(sb, "\\r");
        else if (ch == '\t')
            sb_puts(sb, "\\t");
        else if (ch < 0x20 || ch == 0x7f)
            sb_printf(sb, "\\x%02x", ch);
        else
            sb_putc(sb, (char)ch);
    }
    sb_putc(sb, q);
}

void fe_const_repr(StrBuf *sb, const FeConst *c)
{
    switch (c->kind) {
    case FC_NONE:
        sb_puts(sb, "None");
        break;
    case FC_BOOL:
        sb_puts(sb, c->v.b ? "True" : "False");
        break;
    case FC_INT:
        sb_printf(sb, "%lld", (long long)c->v.i);
        break;
    case FC_FLOAT:
        float_repr(sb, c->v.f);
        break;
    case FC_STR:
        str_repr(sb, c->v.s);
        break;
    case FC_TUPLE:
        sb_putc(sb, '(');
        for (int i = 0; i < c->v.tuple.n; i++) {
            if (i)
                sb_puts(sb, ", ");
            fe_const_repr(sb, &c->v.tuple.items[i]);
        }
        if (c->v.tuple.n == 1)
            sb_putc(sb, ',');
        sb_putc(sb, ')');
        break;
    }
}

/* ---- verifier ---- */

static int pops_of(const FeInstr *in)
{
    const FeOpInfo *oi = &fe_opinfo[in->op];
    if (oi->pops >= 0)
        return oi->pops;
    return in->op == OP_CALL ? in->a + 1 : in->a;
}
static int pushes_of(const FeInstr *in)
{
    const FeOpInfo *oi = &fe_opinfo[in->op];
    return oi->pushes >= 0 ? oi->pushes : in->a;
}

static char *check_operand(const FeFunction *fn, int pc, FeOperandKind k, int v, char which)
{
    const FeInstr *in = &fn->code[pc];
    const char *name = fe_opinfo[in->op].name;
    bool ok = true;
    switch (k) {
    case OPK_NONE:
        ok = true;
        break;
    case OPK_CONST:
        ok = (v >= 0 && v < fn->nconsts) || (in->op == OP_CALL && which == 'b' && v == -1);
        break;
    case OPK_LOCAL:
        ok = v >= 0 && v < fn->nlocals;
        break;
    case OPK_NAME:
        ok = v >= 0 && v < fn->nnames;
        break;
    case OPK_JUMP:
        ok = v >= 0 && v < fn->ncode;
        break;
    case OPK_COUNT:
        ok = v >= 0 && v <= 65536;
        break;
    case OPK_BINOP:
        ok = v >= 0 && v < BIN__COUNT;
        break;
    case OPK_UNOP:
        ok = v >= 0 && v < UN__COUNT;
        break;
    case OPK_CMPOP:
        ok = v >= 0 && v < CMP__COUNT;
        break;
    case OPK_FLAG:
        ok = v == 0 || v == 1;
        break;
    }
    if (!ok)
        return sup_asprintf("%s: pc %d: %s operand %c = %d out of range", fn->name, pc, name, which,
                            v);
    return NULL;
}

char *fe_verify_function(const FeFunction *fn)
{
    if (!fn)
        return sup_strdup("no function");
    if (fn->ncode <= 0)
        return sup_asprintf("%s: no code", fn->name);
    if (fn->nparams > fn->nlocals)
        return sup_asprintf("%s: %d params but %d locals", fn->name, fn->nparams, fn->nlocals);
    bool *target = sup_calloc((size_t)fn->ncode, sizeof(bool));
    for (int pc = 0; pc < fn->ncode; pc++) {
        const FeInstr *in = &fn->code[pc];
        char *err = NULL;
        if ((unsigned)in->op >= OP__COUNT)
            err = sup_asprintf("%s: pc %d: bad opcode %d", fn->name, pc, (int)in->op);
        if (!err)
            err = check_operand(fn, pc, fe_opinfo[in->op].a, in->a, 'a');
        if (!err)
            err = check_operand(fn, pc, fe_opinfo[in->op].b, in->b, 'b');
        if (!err && in->op == OP_CALL && in->b >= 0) {
            const FeConst *k = &fn->consts[in->b];
            bool ok = k->kind == FC_TUPLE && k->v.tuple.n <= in->a;
            for (int i = 0; ok && i < k->v.tuple.n; i++)
                ok = k->v.tuple.items[i].kind == FC_STR;
            if (!ok)
                err = sup_asprintf("%s: pc %d: CALL keyword names must be a tuple of at most %d "
                                   "strings",
                                   fn->name, pc, in->a);
        }
        if (!err && in->op == OP_BUILD_SLICE && in->a != 2 && in->a != 3)
            err = sup_asprintf("%s: pc %d: BUILD_SLICE needs 2 or 3", fn->name, pc);
        if (!err && in->op == OP_RAISE && in->a != 1)
            err = sup_asprintf("%s: pc %d: RAISE needs a = 1", fn->name, pc);
        if (err) {
            free(target);
            return err;
        }
        if (fe_opinfo[in->op].a == OPK_JUMP)
            target[in->a] = true;
        if (fe_opinfo[in->op].b == OPK_JUMP)
            target[in->b] = true;
    }
    /* stack depths along every reachable path */
    int *depth = sup_malloc(sizeof(int) * (size_t)fn->ncode);
    for (int i = 0; i < fn->ncode; i++)
        depth[i] = -1;
    int *work = sup_malloc(sizeof(int) * (size_t)fn->ncode);
    int nwork = 0;
    char *err = NULL;
    depth[0] = 0;
    work[nwork++] = 0;
#define FAIL(...)                                                                                  \
    do {                                                                                           \
        err = sup_asprintf(__VA_ARGS__);                                                           \
        goto done;                                                                                 \
    } while (0)
    while (nwork) {
        int pc = work[--nwork];
        int d = depth[pc];
        const FeInstr *in = &fn->code[pc];
        const char *name = fe_opinfo[in->op].name;
        if (target[pc] && d != 0)
            FAIL("%s: pc %d: stack depth %d at a jump target (must be 0)", fn->name, pc, d);
        int pops = pops_of(in);
        if (d < pops)
            FAIL("%s: pc %d: %s pops %d but the stack holds %d", fn->name, pc, name, pops, d);
        int after = d - pops + pushes_of(in);
        int succ[2], nsucc = 0, sdepth[2];
        switch (in->op) {
        case OP_RETURN:
        case OP_RAISE:
            if (after != 0)
                FAIL("%s: pc %d: %s leaves %d values on the stack", fn->name, pc, name, after);
            break;
        case OP_JUMP:
            succ[nsucc] = in->a;
            sdepth[nsucc++] = after;
            break;
        case OP_JUMP_IF_FALSE:
        case OP_JUMP_IF_TRUE:
            succ[nsucc] = in->a;
            sdepth[nsucc++] = after;
            succ[nsucc] = pc + 1;
            sdepth[nsucc++] = after;
            break;
        case OP_FOR_ITER:
            succ[nsucc] = in->b;
            sdepth[nsucc++] = d; /* exhausted: pushes nothing */
            succ[nsucc] = pc + 1;
            sdepth[nsucc++] = after;
            break;
        default:
            succ[nsucc] = pc + 1;
            sdepth[nsucc++] = after;
            break;
        }
        for (int i = 0; i < nsucc; i++) {
            int s = succ[i];
            if (s >= fn->ncode)
                FAIL("%s: pc %d: execution falls off the end without RETURN", fn->name, pc);
            if (depth[s] < 0) {
                depth[s] = sdepth[i];
                work[nwork++] = s;
            } else if (depth[s] != sdepth[i])
                FAIL("%s: pc %d: inconsistent stack depth (%d vs %d)", fn->name, s, depth[s],
                     sdepth[i]);
        }
    }
#undef FAIL
done:
    free(depth);
    free(work);
    free(target);
    return err;
}

/* ---- disassembler ---- */

static void operand_meaning(StrBuf *sb, const FeFunction *fn, FeOperandKind k, int v)
{
    switch (k) {
    case OPK_CONST:
        if (v >= 0 && v < fn->nconsts)
            fe_const_repr(sb, &fn->consts[v]);
        break;
    case OPK_LOCAL:
        if (v >= 0 && v < fn->nlocals)
            sb_puts(sb, fn->local_names[v]);
        break;
    case OPK_NAME:
        if (v >= 0 && v < fn->nnames)
            sb_puts(sb, fn->names[v]);
        break;
    case OPK_JUMP:
        sb_printf(sb, "to %d", v);
        break;
    case OPK_BINOP:
        if (v >= 0 && v < BIN__COUNT)
            sb_puts(sb, fe_binop_names[v]);
        break;
    case OPK_UNOP:
        if (v >= 0 && v < UN__COUNT)
            sb_puts(sb, fe_unop_names[v]);
        break;
    case OPK_CMPOP:
        if (v >= 0 && v < CMP__COUNT)
            sb_puts(sb, fe_cmpop_names[v]);
        break;
    default:
        break;
    }
}

char *fe_dump_function(const FeFunction *fn)
{
    StrBuf sb = {0};
    sb_printf(&sb, "function %s(", fn->name);
    for (int i = 0; i < fn->nparams; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", fn->params[i]);
    sb_printf(&sb, ")  # %s:%d:%d%s\n", fn->module ? fn->module->filename : "?", fn->loc.line,
              fn->loc.col, fn->jitted ? ", @jit" : "");
    sb_puts(&sb, "  locals:");
    for (int i = 0; i < fn->nlocals; i++)
        sb_printf(&sb, " %d=%s", i, fn->local_names[i]);
    sb_puts(&sb, "\n  consts:");
    for (int i = 0; i < fn->nconsts; i++) {
        sb_printf(&sb, " %d=", i);
        fe_const_repr(&sb, &fn->consts[i]);
    }
    sb_puts(&sb, "\n");
    bool *target = sup_calloc((size_t)(fn->ncode + 1), sizeof(bool));
    for (int pc = 0; pc < fn->ncode; pc++) {
        const FeInstr *in = &fn->code[pc];
        if (fe_opinfo[in->op].a == OPK_JUMP && in->a >= 0 && in->a < fn->ncode)
            target[in->a] = true;
        if (fe_opinfo[in->op].b == OPK_JUMP && in->b >= 0 && in->b < fn->ncode)
            target[in->b] = true;
    }
    for (int pc = 0; pc < fn->ncode; pc++) {
        const FeInstr *in = &fn->code[pc];
        const FeOpInfo *oi = &fe_opinfo[in->op];
        char loc[32];
        snprintf(loc, sizeof loc, "%d:%d", in->loc.line, in->loc.col);
        StrBuf ops = {0}, meaning = {0};
        if (oi->a != OPK_NONE)
            sb_printf(&ops, "%d", in->a);
        if (oi->b != OPK_NONE)
            sb_printf(&ops, "%s%d", ops.len ? " " : "", in->b);
        operand_meaning(&meaning, fn, oi->a, in->a);
        if (oi->b != OPK_NONE) {
            StrBuf mb = {0};
            if (in->op == OP_CALL) {
                if (in->b >= 0)
                    sb_puts(&mb, "kw ");
                operand_meaning(&mb, fn, oi->b, in->b);
            } else if (in->op == OP_BINARY) {
                if (in->b)
                    sb_puts(&mb, "(augmented)");
            } else
                operand_meaning(&mb, fn, oi->b, in->b);
            if (mb.len) {
                if (meaning.len)
                    sb_puts(&meaning, ", ");
                sb_puts(&meaning, mb.data);
            }
            sb_free(&mb);
        } else if (in->op == OP_CALL || in->op == OP_BUILD_TUPLE || in->op == OP_UNPACK ||
                   in->op == OP_BUILD_SLICE) {
        }
        if (in->op == OP_CALL && in->b < 0)
            sb_printf(&meaning, "%d args", in->a);
        sb_printf(&sb, "%s%4d  %-8s %-14s %-7s", target[pc] ? ">>" : "  ", pc, loc, oi->name,
                  ops.len ? ops.data : "");
        if (meaning.len)
            sb_printf(&sb, " (%s)", meaning.data);
        /* trim trailing blanks */
        while (sb.len && sb.data[sb.len - 1] == ' ')
            sb.data[--sb.len] = 0;
        sb_putc(&sb, '\n');
        sb_free(&ops);
        sb_free(&meaning);
    }
    free(target);
    return sb_take(&sb);
}

/* typeinfer/infer.c — bytecode → typed IR, and the inference driver.
 * Input: an FeFunction + argument types. Output: a TiProgram holding one
 * TiFunc per specialisation reached from the entry. Each function is cut
 * into blocks, the operand stack becomes value ids, then every
 * specialisation is swept until no type changes (types only widen), and a
 * final sweep reports errors and fills the resolved signatures. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ROUNDS = 200, MAX_SPECS = 256 };

typedef struct FuncState {
    TiFunc *f;
    const FeFunction *fn;
    const char *file;
    bool *reachable;   /* per block */
    SrcLoc *local_loc; /* where each local got its first type */
    SrcLoc ret_loc;    /* where the return type was first set */
    bool ret_implicit; /* ... by the implicit `return None` at the end */
    bool has_return;   /* a reachable RETURN exists */
    bool *vconst;      /* per value: an integer constant ... */
    int64_t *vval;     /* ... with this value */
    uint64_t *vmask;   /* per value: unit-step slice bits (slice: bit 0; tuple: bit i) */
    bool *vnp;         /* per value: may be a NumPy scalar (from an array) */
    bool *lnp;         /* per local: may hold a NumPy scalar */
    bool failed;       /* reported an error */
    bool live;         /* reached from the entry in the final call graph */
    struct FuncState *caller;
    SrcLoc call_loc;
} FuncState;

typedef Vec(struct FuncState *) StateVec;

struct TiCtx {
    TiTypes *tt;
    DiagList *diags;
    TiProgram *prog;
    StateVec states;
    bool final;   /* report errors (the last sweep) */
    bool changed; /* some type changed in this sweep */
    int errors;   /* errors reported */
    bool aborted; /* a limit was hit */
    FuncState *cur;
    TiInst *inst;
};

/* ---- diagnostics ---- */

static void note_call_site(TiCtx *cx, FuncState *st)
{
    FuncState *c = st->caller;
    if (!c)
        return;
    StrBuf sb = {0};
    for (int i = 0; i < st->f->nargs; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", st->f->argtypes[i]->name);
    diag_add(cx->diags, DIAG_NOTE, "TypingError", c->file, st->call_loc,
             "in '%s' called with (%s) from '%s' here", st->fn->name, sb.data ? sb.data : "",
             c->fn->name);
    sb_free(&sb);
}

static bool verror(TiCtx *cx, const char *kind, SrcLoc loc, const char *fmt, va_list ap)
{
    FuncState *st = cx->cur;
    if (!cx->final || st->failed)
        return false;
    diag_vadd(cx->diags, DIAG_ERROR, kind, st->file, loc, fmt, ap);
    st->failed = true;
    cx->errors++;
    return false;
}

static bool error_at(TiCtx *cx, const char *kind, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool error_at(TiCtx *cx, const char *kind, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(cx, kind, loc, fmt, ap);
    va_end(ap);
    return false;
}

void *ti_op_alloc(TiOp *op, size_t size)
{
    return arena_alloc(&op->cx->prog->arena, size > 0 ? size : 1);
}

bool ti_op_error(TiOp *op, const char *kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(op->cx, kind, op->inst->loc, fmt, ap);
    va_end(ap);
    return false;
}

/* A note attached to the error just reported (final sweep only). */
static void note_at(TiCtx *cx, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void note_at(TiCtx *cx, SrcLoc loc, const char *fmt, ...)
{
    if (!cx->final)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(cx->diags, DIAG_NOTE, "TypingError", cx->cur->file, loc, fmt, ap);
    va_end(ap);
}

/* ---- building the IR ---- */

/* Our own view of opcodes.def (typeinfer links without the frontend's
 * tables, so it can be tested on hand-built bytecode). */
static const struct {
    FeOperandKind a;
    int pops, pushes;
} opinfo[OP__COUNT] = {
#define X(name, ka, kb, pops, pushes, doc) [OP_##name] = {OPK_##ka, pops, pushes},
#include "opcodes.def"
#undef X
};

static int op_pops(const FeInstr *in)
{
    int p = opinfo[in->op].pops;
    if (p >= 0)
        return p;
    return in->op == OP_CALL ? in->a + 1 : in->a;
}

static int op_pushes(const FeInstr *in)
{
    int p = opinfo[in->op].pushes;
    return p >= 0 ? p : in->a;
}

static bool is_jump(FeOp op)
{
    return op == OP_JUMP || op == OP_JUMP_IF_FALSE || op == OP_JUMP_IF_TRUE;
}

static bool ends_block(FeOp op)
{
    return is_jump(op) || op == OP_RETURN || op == OP_RAISE;
}

static bool internal_error(TiCtx *cx, FuncState *st, int pc, const char *what)
{
    SrcLoc loc = pc >= 0 && pc < st->fn->ncode ? st->fn->code[pc].loc : st->fn->loc;
    diag_add(cx->diags, DIAG_ERROR, "InternalError", st->file, loc,
             "invalid bytecode in '%s' at %d: %s", st->fn->name, pc, what);
    st->failed = true;
    cx->errors++;
    cx->aborted = true;
    return false;
}

/* Cuts fn into blocks and turns the operand stack into value ids. */
static bool build_ir(TiCtx *cx, FuncState *st)
{
    const FeFunction *fn = st->fn;
    TiFunc *f = st->f;
    Arena *A = &cx->prog->arena;
    int n = fn->ncode;
    if (n <= 0)
        return internal_error(cx, st, 0, "empty function");
    int *block_of = sup_calloc((size_t)n + 1, sizeof(int));
    bool *leader = sup_calloc((size_t)n + 1, sizeof(bool));
    bool ok = true;
    leader[0] = true;
    for (int pc = 0; pc < n; pc++) {
        const FeInstr *in = &fn->code[pc];
        if (in->op < 0 || in->op >= OP__COUNT) {
            ok = internal_error(cx, st, pc, "unknown opcode");
            goto out;
        }
        int target = -1;
        if (is_jump(in->op))
            target = in->a;
        else if (in->op == OP_FOR_ITER)
            target = in->b;
        if (target != -1 && (target < 0 || target >= n)) {
            ok = internal_error(cx, st, pc, "jump target out of range");
            goto out;
        }
        if (target >= 0)
            leader[target] = true;
        if (ends_block(in->op))
            leader[pc + 1] = true;
    }
    int nb = 0;
    for (int pc = 0; pc < n; pc++) {
        if (leader[pc])
            nb++;
        block_of[pc] = nb - 1;
    }
    f->nblocks = nb;
    f->blocks = ARENA_NEWN(A, TiBlock, nb);
    for (int pc = 0, b = -1; pc < n; pc++) {
        if (leader[pc]) {
            if (b >= 0)
                f->blocks[b].end_pc = pc;
            b++;
            f->blocks[b].start_pc = pc;
        }
        f->blocks[b].end_pc = pc + 1;
    }

    Vec(int) stack = {0};
    int nvalues = 0;
    for (int b = 0; b < nb && ok; b++) {
        TiBlock *blk = &f->blocks[b];
        blk->ninsts = blk->end_pc - blk->start_pc;
        blk->insts = ARENA_NEWN(A, TiInst, blk->ninsts);
        stack.len = 0;
        for (int pc = blk->start_pc; pc < blk->end_pc; pc++) {
            const FeInstr *in = &fn->code[pc];
            TiInst *ti = &blk->insts[pc - blk->start_pc];
            FeOperandKind oka = opinfo[in->op].a;
            ti->op = in->op;
            ti->a = in->a;
            ti->b = in->b;
            ti->loc = in->loc;
            ti->pc = pc;
            ti->res = -1;
            if (is_jump(in->op))
                ti->a = block_of[in->a];
            if (in->op == OP_FOR_ITER)
                ti->b = block_of[in->b];
            if (oka == OPK_CONST && (in->a < 0 || in->a >= fn->nconsts)) {
                ok = internal_error(cx, st, pc, "constant index out of range");
                break;
            }
            if (oka == OPK_LOCAL && (in->a < 0 || in->a >= fn->nlocals)) {
                ok = internal_error(cx, st, pc, "local index out of range");
                break;
            }
            if (oka == OPK_NAME && (in->a < 0 || in->a >= fn->nnames)) {
                ok = internal_error(cx, st, pc, "name index out of range");
                break;
            }
            if (in->op == OP_CALL && in->b >= 0 &&
                (in->b >= fn->nconsts || fn->consts[in->b].kind != FC_TUPLE ||
                 fn->consts[in->b].v.tuple.n > in->a)) {
                ok = internal_error(cx, st, pc, "bad keyword names");
                break;
            }
            int pops = op_pops(in), pushes = op_pushes(in);
            if (pops < 0 || pushes < 0 || pops > stack.len) {
                ok = internal_error(cx, st, pc, "operand stack underflow");
                break;
            }
            ti->nargs = pops;
            ti->args = ARENA_NEWN(A, int, pops > 0 ? pops : 1);
            for (int i = 0; i < pops; i++)
                ti->args[i] = stack.data[stack.len - pops + i];
            stack.len -= pops;
            ti->sig_args = ARENA_NEWN(A, const Type *, pops > 0 ? pops : 1);
            if (pushes > 0) {
                ti->res = nvalues;
                ti->nres = pushes;
                for (int i = 0; i < pushes; i++)
                    vec_push(&stack, nvalues++);
            }
        }
        if (ok && stack.len != 0)
            ok = internal_error(cx, st, blk->end_pc - 1,
                                "operand stack not empty at the end of a block");
    }
    vec_free(&stack);
    if (!ok)
        goto out;
    f->nvalues = nvalues;
    f->value_types = ARENA_NEWN(A, const Type *, nvalues > 0 ? nvalues : 1);
    st->vconst = ARENA_NEWN(A, bool, nvalues > 0 ? nvalues : 1);
    st->vval = ARENA_NEWN(A, int64_t, nvalues > 0 ? nvalues : 1);
    st->vmask = ARENA_NEWN(A, uint64_t, nvalues > 0 ? nvalues : 1);
    st->vnp = ARENA_NEWN(A, bool, nvalues > 0 ? nvalues : 1);

    /* reachability: unreachable blocks are emptied (ninsts == 0) */
    st->reachable = ARENA_NEWN(A, bool, nb);
    int *work = sup_malloc(sizeof(int) * (size_t)nb);
    int nw = 0;
    st->reachable[0] = true;
    work[nw++] = 0;
    while (nw > 0) {
        int b = work[--nw];
        TiBlock *blk = &f->blocks[b];
        int succ[3], ns = 0;
        TiInst *last = &blk->insts[blk->ninsts - 1];
        for (int i = 0; i < blk->ninsts; i++)
            if (blk->insts[i].op == OP_FOR_ITER)
                succ[ns++] = blk->insts[i].b;
        if (last->op == OP_JUMP) {
            succ[ns++] = last->a;
        } else if (last->op == OP_JUMP_IF_FALSE || last->op == OP_JUMP_IF_TRUE) {
            succ[ns++] = last->a;
            if (b + 1 < nb)
                succ[ns++] = b + 1;
        } else if (last->op != OP_RETURN && last->op != OP_RAISE) {
            if (b + 1 >= nb) {
                free(work);
                ok = internal_error(cx, st, blk->end_pc - 1, "falls off the end of the function");
                goto out;
            }
            succ[ns++] = b + 1;
        }
        for (int i = 0; i < ns && i < 3; i++)
            if (!st->reachable[succ[i]]) {
                st->reachable[succ[i]] = true;
                work[nw++] = succ[i];
            }
    }
    free(work);
    for (int b = 0; b < nb; b++) {
        if (!st->reachable[b]) {
            f->blocks[b].ninsts = 0;
            continue;
        }
        TiBlock *blk = &f->blocks[b];
        for (int i = 0; i < blk->ninsts; i++)
            if (blk->insts[i].op == OP_RETURN)
                st->has_return = true;
    }
out:
    free(block_of);
    free(leader);
    return ok;
}

/* Definite assignment: marks each LOAD_LOCAL of a local that some path
 * reaches without a store (in->maybe_unbound). Forward dataflow over the
 * reachable blocks with intersection at joins. */
static void definite_assignment(FuncState *st)
{
    TiFunc *f = st->f;
    int nl = st->fn->nlocals, nb = f->nblocks;
    if (nl <= 0)
        return;
    bool *in = sup_malloc(sizeof(bool) * (size_t)nb * (size_t)nl);
    bool *cur = sup_malloc(sizeof(bool) * (size_t)nl);
    for (int i = 0; i < nb * nl; i++)
        in[i] = true; /* top: everything assigned */
    for (int l = 0; l < nl; l++)
        in[l] = l < st->fn->nparams;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int b = 0; b < nb; b++) {
            TiBlock *blk = &f->blocks[b];
            if (!st->reachable[b] || blk->ninsts == 0)
                continue;
            memcpy(cur, &in[b * nl], sizeof(bool) * (size_t)nl);
            for (int i = 0; i < blk->ninsts; i++) {
                TiInst *ti = &blk->insts[i];
                /* the exit edge of FOR_ITER leaves before the rest of the block */
                int succ = -1;
                if (ti->op == OP_STORE_LOCAL)
                    cur[ti->a] = true;
                else if (ti->op == OP_FOR_ITER || ti->op == OP_JUMP || ti->op == OP_JUMP_IF_FALSE ||
                         ti->op == OP_JUMP_IF_TRUE)
                    succ = ti->op == OP_FOR_ITER ? ti->b : ti->a;
                if (succ >= 0) {
                    for (int l = 0; l < nl; l++)
                        if (in[succ * nl + l] && !cur[l]) {
                            in[succ * nl + l] = false;
                            changed = true;
                        }
                }
            }
            TiInst *last = &blk->insts[blk->ninsts - 1];
            bool falls = last->op != OP_JUMP && last->op != OP_RETURN && last->op != OP_RAISE;
            if (falls && b + 1 < nb)
                for (int l = 0; l < nl; l++)
                    if (in[(b + 1) * nl + l] && !cur[l]) {
                        in[(b + 1) * nl + l] = false;
                        changed = true;
                    }
        }
    }
    for (int b = 0; b < nb; b++) {
        TiBlock *blk = &f->blocks[b];
        memcpy(cur, &in[b * nl], sizeof(bool) * (size_t)nl);
        for (int i = 0; i < blk->ninsts; i++) {
            TiInst *ti = &blk->insts[i];
            if (ti->op == OP_STORE_LOCAL)
                cur[ti->a] = true;
            else if (ti->op == OP_LOAD_LOCAL)
                ti->maybe_unbound = !cur[ti->a];
        }
    }
    free(in);
    free(cur);
}

static FuncState *new_state(TiCtx *cx, const FeFunction *fn, const Type *const *argtypes)
{
    Arena *A = &cx->prog->arena;
    FuncState *st = sup_calloc(1, sizeof *st);
    TiFunc *f = ARENA_NEW(A, TiFunc);
    st->f = f;
    st->fn = fn;
    st->file = fn->module ? fn->module->filename : NULL;
    f->fn = fn;
    f->nargs = fn->nparams;
    f->argtypes = ARENA_NEWN(A, const Type *, fn->nparams > 0 ? fn->nparams : 1);
    for (int i = 0; i < fn->nparams; i++)
        f->argtypes[i] = argtypes[i];
    f->local_types = ARENA_NEWN(A, const Type *, fn->nlocals > 0 ? fn->nlocals : 1);
    st->lnp = ARENA_NEWN(A, bool, fn->nlocals > 0 ? fn->nlocals : 1);
    st->local_loc = ARENA_NEWN(A, SrcLoc, fn->nlocals > 0 ? fn->nlocals : 1);
    for (int i = 0; i < fn->nparams && i < fn->nlocals; i++) {
        f->local_types[i] = argtypes[i];
        st->local_loc[i] = fn->loc;
    }
    f->index = cx->states.len;
    vec_push(&cx->states, st);
    cx->changed = true;
    if (!build_ir(cx, st))
        return NULL;
    definite_assignment(st);
    if (!st->has_return)
        f->ret = ti_scalar(TY_NONE); /* never returns */
    return st;
}

/* ---- constants ---- */

/* The type of a constant: module globals, defaults, literals (typeinfer.h). */
const Type *ti_const_type(TiTypes *tt, const FeConst *c)
{
    switch (c->kind) {
    case FC_NONE:
        return ti_scalar(TY_NONE);
    case FC_BOOL:
        return ti_scalar(TY_BOOL);
    case FC_INT:
        return ti_scalar(TY_INT64);
    case FC_FLOAT:
        return ti_scalar(TY_FLOAT64);
    case FC_STR:
        return ti_strlit(tt, c->v.s);
    case FC_TUPLE: {
        int n = c->v.tuple.n, i = 0;
        const Type *small[16];
        const Type **items = n <= 16 ? small : sup_calloc((size_t)n, sizeof *items);
        while (i < n && (items[i] = ti_const_type(tt, &c->v.tuple.items[i])))
            i++;
        const Type *r = i == n ? ti_tuple(tt, n, items) : NULL;
        if (items != small)
            free(items);
        return r;
    }
    }
    return NULL;
}

/* ---- typing one instruction ---- */

static void set_value(TiCtx *cx, int vid, const Type *t)
{
    TiFunc *f = cx->cur->f;
    if (f->value_types[vid] != t) {
        f->value_types[vid] = t;
        cx->changed = true;
    }
}

static void set_const(TiCtx *cx, int vid, int64_t v)
{
    cx->cur->vconst[vid] = true;
    cx->cur->vval[vid] = v;
}

static const char *local_name(const FuncState *st, int l)
{
    return st->fn->local_names && st->fn->local_names[l] ? st->fn->local_names[l] : "?";
}

/* The display name of a local for messages: hidden '$' locals are the
 * compiler's temporaries (conditional expressions, and/or). */
static void conflict_note(TiCtx *cx, FuncState *st, int l, const Type *old)
{
    const char *name = local_name(st, l);
    if (l < st->fn->nparams)
        note_at(cx, st->local_loc[l], "parameter '%s' is %s here", name, old->name);
    else
        note_at(cx, st->local_loc[l], "'%s' was %s here", name, old->name);
}

static bool do_store(TiCtx *cx, TiInst *in, const Type *v)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    int l = in->a;
    const Type *old = f->local_types[l];
    const Type *u = ti_unify(cx->tt, old, v);
    if (!u) {
        const char *name = local_name(st, l);
        if (name[0] == '$')
            error_at(cx, "TypingError", in->loc,
                     "cannot unify %s and %s for the branches of this expression", old->name,
                     v->name);
        else
            error_at(cx, "TypingError", in->loc, "cannot unify %s and %s for '%s'", old->name,
                     v->name, name);
        if (cx->final) {
            conflict_note(cx, st, l, old);
            if (old->kind == TY_NONE || v->kind == TY_NONE)
                note_at(cx, in->loc,
                        "pyjit has no Optional type yet: a variable cannot hold "
                        "both None and a value");
        }
        in->sig_args[0] = old;
        return false;
    }
    if (u != old) {
        if (!old)
            st->local_loc[l] = in->loc;
        f->local_types[l] = u;
        cx->changed = true;
    }
    in->sig_args[0] = u;
    return true;
}

/* The `return None` the frontend adds after the last statement: the last
 * instruction, returning a None constant, at column 1 of a line after every
 * other instruction (an explicit `return` is indented). */
static bool implicit_return(const FeFunction *fn, const TiInst *in)
{
    int pc = in->pc;
    if (pc != fn->ncode - 1 || pc < 1 || fn->code[pc - 1].op != OP_LOAD_CONST || in->loc.col != 1)
        return false;
    const FeConst *c = &fn->consts[fn->code[pc - 1].a];
    if (c->kind != FC_NONE)
        return false;
    for (int i = 0; i < pc - 1; i++)
        if (fn->code[i].loc.line >= in->loc.line)
            return false;
    return true;
}

static bool do_return(TiCtx *cx, TiInst *in, const Type *v)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    const Type *u = ti_unify(cx->tt, f->ret, v);
    bool implicit = implicit_return(st->fn, in);
    if (!u && (implicit || st->ret_implicit)) {
        /* report at the return that has a value */
        const Type *val = implicit ? f->ret : v;
        error_at(cx, "TypingError", implicit ? st->ret_loc : in->loc,
                 "cannot unify %s and none for the return value of '%s'", val->name, st->fn->name);
        note_at(cx, st->fn->loc,
                "'%s' can reach the end of its body, which returns None (pyjit has no Optional "
                "type yet: return a value on every path)",
                st->fn->name);
        in->sig_args[0] = f->ret;
        return false;
    }
    if (!u) {
        error_at(cx, "TypingError", in->loc, "cannot unify %s and %s for the return value of '%s'",
                 f->ret->name, v->name, st->fn->name);
        note_at(cx, st->ret_loc, "'%s' returns %s here", st->fn->name, f->ret->name);
        if (f->ret->kind == TY_NONE || v->kind == TY_NONE)
            note_at(cx, in->loc,
                    "pyjit has no Optional type yet: return a value of the same "
                    "type on every path");
        in->sig_args[0] = f->ret;
        return false;
    }
    if (u != f->ret) {
        if (!f->ret) {
            st->ret_loc = in->loc;
            st->ret_implicit = implicit;
        }
        f->ret = u;
        cx->changed = true;
    }
    in->sig_args[0] = u;
    return true;
}

static const char *python_type_name(const Type *t)
{
    return t->name;
}

/* Resolves a module attribute (math.sqrt, math.pi, numpy.x). */
static bool resolve_module_attr(TiCtx *cx, TiInst *in, const char *mod, const char *attr,
                                const Type **out)
{
    if (!strcmp(mod, "math")) {
        TiBuiltin bi;
        bool isc;
        double val;
        if (ti_lookup_math(attr, &bi, &isc, &val)) {
            if (isc) {
                in->is_const = true;
                in->konst.kind = FC_FLOAT;
                in->konst.v.f = val;
                *out = ti_scalar(TY_FLOAT64);
            } else {
                *out = ti_builtin(cx->tt, bi);
            }
            return true;
        }
        if (ti_is_math_unsupported(attr))
            return error_at(cx, "NotImplementedError", in->loc, "math.%s is not supported yet",
                            attr);
        return error_at(cx, "TypingError", in->loc, "module 'math' has no attribute '%s'", attr);
    }
    if (!strcmp(mod, "numpy")) {
        bool isc = false;
        double val = 0;
        if (ti_lookup_numpy(cx->tt, attr, out, &isc, &val) > 0) {
            if (isc) {
                in->is_const = true;
                in->konst.kind = FC_FLOAT;
                in->konst.v.f = val;
            }
            return true;
        }
        return error_at(cx, "NotImplementedError", in->loc, "numpy.%s is not supported yet", attr);
    }
    if ((!strcmp(mod, "pyjit") || !strcmp(mod, "numba")) && !strcmp(attr, "prange")) {
        /* Numba's parallel range: the iterations of range(); pyjit runs them
         * in order (docs/semantics.md) */
        *out = ti_builtin(cx->tt, BI_RANGE);
        return true;
    }
    return error_at(cx, "NotImplementedError", in->loc, "'%s.%s' cannot be used inside jitted code",
                    mod, attr);
}

/* The module-level binding of name (the last one wins), as
 * fe_module_global; names are interned, but compare text to be safe. */
static const FeGlobal *module_global(const FeModule *m, const char *name)
{
    if (!m)
        return NULL;
    for (int i = m->nglobals - 1; i >= 0; i--)
        if (m->globals[i].name == name || !strcmp(m->globals[i].name, name))
            return &m->globals[i];
    return NULL;
}

static bool resolve_global(TiCtx *cx, TiInst *in, const Type **out)
{
    FuncState *st = cx->cur;
    const char *name = st->fn->names[in->a];
    const FeGlobal *g = module_global(st->fn->module, name);
    if (g) {
        switch (g->kind) {
        case FG_CONST:
            in->is_const = true;
            in->konst = g->value;
            *out = ti_const_type(cx->tt, &g->value);
            return true;
        case FG_MODULE:
            *out = ti_module(cx->tt, g->module);
            return true;
        case FG_IMPORTED:
            return resolve_module_attr(cx, in, g->module, g->attr, out);
        case FG_FUNCTION:
            *out = ti_function(cx->tt, g->func);
            return true;
        case FG_OPAQUE:
            error_at(cx, "TypingError", in->loc,
                     "global '%s' is not a constant pyjit can freeze (only numbers, bools, "
                     "strings and tuples of them)",
                     name);
            note_at(cx, g->loc, "'%s' is assigned here", name);
            return false;
        }
    }
    TiBuiltin bi;
    if (ti_lookup_builtin_name(name, &bi)) {
        *out = ti_builtin(cx->tt, bi);
        return true;
    }
    if (ti_is_exc_class_name(name)) {
        *out = ti_exc_class(cx->tt, name);
        return true;
    }
    if (!strcmp(name, "None")) {
        *out = ti_scalar(TY_NONE);
        return true;
    }
    if (ti_is_python_builtin_name(name))
        return error_at(cx, "NotImplementedError", in->loc,
                        "builtin '%s' is not supported by pyjit yet", name);
    return error_at(cx, "NameError", in->loc, "name '%s' is not defined", name);
}

static void plural_args(StrBuf *sb, int n)
{
    sb_printf(sb, "%d positional argument%s", n, n == 1 ? "" : "s");
}

/* Maps a call's arguments onto the parameters of `g` (Python's rules). */
static bool bind_args(TiCtx *cx, TiInst *in, const FeFunction *g, int nargs, const char **kwnames,
                      int *argmap)
{
    int nkw = 0;
    for (int i = 0; i < nargs; i++)
        if (kwnames[i])
            nkw++;
    int npos = nargs - nkw;
    for (int i = 0; i < g->nparams; i++)
        argmap[i] = -2; /* unbound */
    if (npos > g->nparams) {
        StrBuf sb = {0};
        sb_printf(&sb, "%s() takes ", g->name);
        int ndef = 0;
        for (int i = 0; i < g->nparams; i++)
            if (g->defaults && g->defaults[i])
                ndef++;
        if (ndef > 0)
            sb_printf(&sb, "from %d to %d positional arguments", g->nparams - ndef, g->nparams);
        else
            plural_args(&sb, g->nparams);
        sb_printf(&sb, " but %d %s given", npos, npos == 1 ? "was" : "were");
        error_at(cx, "TypingError", in->loc, "%s", sb.data);
        sb_free(&sb);
        return false;
    }
    for (int i = 0; i < npos; i++)
        argmap[i] = i + 1;
    for (int i = npos; i < nargs; i++) {
        int p = -1;
        for (int k = 0; k < g->nparams; k++)
            if (!strcmp(g->params[k], kwnames[i]))
                p = k;
        if (p < 0)
            return error_at(cx, "TypingError", in->loc,
                            "%s() got an unexpected keyword argument '%s'", g->name, kwnames[i]);
        if (argmap[p] != -2)
            return error_at(cx, "TypingError", in->loc,
                            "%s() got multiple values for argument '%s'", g->name, kwnames[i]);
        argmap[p] = i + 1;
    }
    int missing[g->nparams > 0 ? g->nparams : 1], nmissing = 0;
    for (int k = 0; k < g->nparams; k++) {
        if (argmap[k] != -2)
            continue;
        if (g->defaults && g->defaults[k]) {
            argmap[k] = -1;
            continue;
        }
        missing[nmissing++] = k;
    }
    if (nmissing) {
        /* CPython's wording: 'a', 'b' and 'c' */
        StrBuf sb = {0};
        for (int i = 0; i < nmissing; i++)
            sb_printf(&sb, "%s'%s'",
                      i == 0              ? ""
                      : i == nmissing - 1 ? (nmissing > 2 ? ", and " : " and ")
                                          : ", ",
                      g->params[missing[i]]);
        error_at(cx, "TypingError", in->loc, "%s() missing %d required positional argument%s: %s",
                 g->name, nmissing, nmissing == 1 ? "" : "s", sb.data);
        sb_free(&sb);
        return false;
    }
    return true;
}

static FuncState *find_spec(TiCtx *cx, const FeFunction *g, const Type *const *argtypes)
{
    for (int i = 0; i < cx->states.len; i++) {
        FuncState *s = cx->states.data[i];
        if (s->fn != g)
            continue;
        bool same = true;
        for (int k = 0; k < g->nparams && same; k++)
            same = s->f->argtypes[k] == argtypes[k];
        if (same)
            return s;
    }
    return NULL;
}

static bool call_function(TiCtx *cx, TiInst *in, const FeFunction *g, const char **kwnames)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    if (g->diags.nerrors > 0) {
        if (cx->final && !st->failed) {
            diag_append(cx->diags, &g->diags);
            cx->errors += g->diags.nerrors;
            st->failed = true;
            diag_add(cx->diags, DIAG_NOTE, "TypingError", st->file, in->loc, "'%s' is called here",
                     g->name);
        }
        return false;
    }
    int nargs = in->nargs - 1;
    int *argmap = ARENA_NEWN(&cx->prog->arena, int, g->nparams > 0 ? g->nparams : 1);
    if (!bind_args(cx, in, g, nargs, kwnames, argmap))
        return false;
    const Type *argtypes[g->nparams > 0 ? g->nparams : 1];
    for (int k = 0; k < g->nparams; k++) {
        if (argmap[k] >= 0) {
            argtypes[k] = f->value_types[in->args[argmap[k]]];
            if (!argtypes[k])
                return false;
        } else {
            argtypes[k] = ti_const_type(cx->tt, g->defaults[k]);
        }
        if (argtypes[k]->kind == TY_ITER || argtypes[k]->kind == TY_ENUMERATE ||
            argtypes[k]->kind == TY_ZIP || argtypes[k]->kind == TY_METHOD)
            return error_at(cx, "NotImplementedError", in->loc,
                            "passing a %s to a function is not supported yet", argtypes[k]->name);
    }
    FuncState *callee = find_spec(cx, g, argtypes);
    if (!callee) {
        if (cx->final)
            return error_at(cx, "InternalError", in->loc, "specialisation missing in final pass");
        if (cx->states.len >= MAX_SPECS) {
            cx->aborted = true;
            diag_add(cx->diags, DIAG_ERROR, "TypingError", st->file, in->loc,
                     "too many specialisations of '%s' (argument types keep changing)", g->name);
            cx->errors++;
            return false;
        }
        callee = new_state(cx, g, argtypes);
        if (!callee)
            return false;
    }
    in->callee = callee->f;
    in->argmap = argmap;
    if (in->nargs < g->nparams + 1)
        in->sig_args = ARENA_NEWN(&cx->prog->arena, const Type *, g->nparams);
    for (int k = 0; k < g->nparams; k++)
        in->sig_args[k] = argtypes[k];
    if (!callee->f->ret) {
        /* a recursive call whose return type is not known (yet) */
        if (cx->final && !callee->failed)
            error_at(cx, "TypingError", in->loc,
                     "cannot infer the return type of '%s': every return depends on a recursive "
                     "call (add a base case that returns a value)",
                     g->name);
        return false;
    }
    in->sig_ret = callee->f->ret;
    set_value(cx, in->res, callee->f->ret);
    return true;
}

static bool type_call(TiCtx *cx, TiInst *in)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    const Type *callee = f->value_types[in->args[0]];
    int nargs = in->nargs - 1;
    const char *kwnames[nargs > 0 ? nargs : 1];
    for (int i = 0; i < nargs; i++)
        kwnames[i] = NULL;
    if (in->b >= 0) {
        const FeConst *kw = &st->fn->consts[in->b];
        int nkw = kw->v.tuple.n;
        for (int i = 0; i < nkw; i++)
            kwnames[nargs - nkw + i] =
                kw->v.tuple.items[i].kind == FC_STR ? kw->v.tuple.items[i].v.s : "?";
    }
    if (callee->kind == TY_FUNCTION)
        return call_function(cx, in, callee->func, kwnames);
    if (callee->kind != TY_BUILTIN && callee->kind != TY_EXC_CLASS && callee->kind != TY_METHOD &&
        callee->kind != TY_DTYPE)
        return error_at(cx, "TypingError", in->loc, "'%s' object is not callable",
                        python_type_name(callee));
    const Type *types[nargs > 0 ? nargs : 1];
    bool isconst[nargs > 0 ? nargs : 1];
    int64_t cval[nargs > 0 ? nargs : 1];
    for (int i = 0; i < nargs; i++) {
        int v = in->args[i + 1];
        types[i] = f->value_types[v];
        if (!types[i])
            return false;
        isconst[i] = st->vconst[v];
        cval[i] = st->vval[v];
    }
    TiOp op = {.cx = cx,
               .tt = cx->tt,
               .inst = in,
               .nargs = nargs,
               .args = types,
               .isconst = isconst,
               .cval = cval,
               .kwnames = kwnames,
               .sig = in->sig_args};
    for (int i = 0; i < nargs; i++)
        op.npscalar = op.npscalar || st->vnp[in->args[i + 1]];
    bool ok;
    in->argmap = NULL;
    in->callee = NULL;
    if (callee->kind == TY_METHOD) {
        op.recv = callee->of;
        ok = ti_type_method_call(&op, callee->builtin);
    } else if (callee->kind == TY_DTYPE) {
        ok = ti_type_dtype_call(&op, callee);
    } else if (callee->kind == TY_BUILTIN) {
        ok = ti_type_builtin_call(&op, callee->builtin);
    } else {
        ok = ti_type_exc_call(&op, callee);
    }
    if (!ok)
        return false;
    in->argmap = op.argmap;
    in->sig_ret = op.ret;
    if (op.is_const) {
        in->is_const = true;
        in->konst = op.konst;
    }
    set_value(cx, in->res, op.ret);
    return true;
}

static bool type_inst_core(TiCtx *cx, TiInst *in);

/* Does iterating a value of type t yield array elements? */
static bool iterates_array(const Type *t)
{
    if (!t)
        return false;
    if (t->kind == TY_ARRAY)
        return true;
    if (t->kind == TY_ITER || t->kind == TY_ENUMERATE)
        return iterates_array(t->of);
    if (t->kind == TY_ZIP)
        for (int i = 0; i < t->nitems; i++)
            if (iterates_array(t->items[i]))
                return true;
    return false;
}

/* NumPy scalars (array elements and what is computed from them) behave
 * like Python numbers under pyjit's promotion rules, except in a few
 * operations; where a value may be a NumPy scalar there, report it rather
 * than give Python's answer. Then propagate the "may be a NumPy scalar"
 * flag (monotone: locals only gain it). */
static bool numpy_scalar_checks(TiCtx *cx, TiInst *in)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    bool any = false;
    int first = in->op == OP_CALL ? 1 : 0;
    for (int i = first; i < in->nargs; i++)
        any = any || st->vnp[in->args[i]];
    const Type *a0 = in->nargs > 0 ? f->value_types[in->args[0]] : NULL;
    const Type *a1 = in->nargs > 1 ? f->value_types[in->args[1]] : NULL;
    (void)a1;
    if (in->op == OP_CALL && a0->kind == TY_BUILTIN && any) {
        const Type *x = in->nargs > 1 ? f->value_types[in->args[1]] : NULL;
        if (a0->builtin == BI_ROUND && in->nargs == 3 && ti_is_float(x) && st->vnp[in->args[1]])
            return error_at(cx, "TypingError", in->loc,
                            "round(x, ndigits) of a NumPy float (an array element) rounds like "
                            "np.round, not like Python's round: use round(float(x), ndigits)");
    }
    bool np = false;
    switch (in->op) {
    case OP_LOAD_LOCAL:
        np = st->lnp[in->a];
        break;
    case OP_STORE_LOCAL:
        if (st->vnp[in->args[0]] && !st->lnp[in->a]) {
            st->lnp[in->a] = true;
            cx->changed = true;
        }
        return true;
    case OP_INDEX:
        np = (a0->kind == TY_ARRAY && in->sig_ret && in->sig_ret->kind != TY_ARRAY) ||
             (a0->kind == TY_TUPLE && st->vnp[in->args[0]]);
        break;
    case OP_FOR_ITER:
        np = iterates_array(f->local_types[in->a]);
        break;
    case OP_UNPACK:
        for (int k = 0; k < in->nres; k++)
            st->vnp[in->res + k] = st->vnp[in->args[0]];
        return true;
    case OP_BINARY:
    case OP_UNARY:
    case OP_COMPARE:
    case OP_BUILD_TUPLE:
        np = any;
        break;
    case OP_CALL:
        np = a0->kind == TY_DTYPE ||
             (a0->kind == TY_BUILTIN &&
              (a0->builtin == BI_ABS || a0->builtin == BI_MIN || a0->builtin == BI_MAX) && any);
        break;
    default:
        break;
    }
    if (in->res >= 0)
        st->vnp[in->res] = np;
    return true;
}

/* Types one instruction; false if its result stays unknown. */
static bool type_inst(TiCtx *cx, TiInst *in)
{
    if (!type_inst_core(cx, in))
        return false;
    return numpy_scalar_checks(cx, in);
}

static bool type_inst_core(TiCtx *cx, TiInst *in)
{
    FuncState *st = cx->cur;
    TiFunc *f = st->f;
    const FeFunction *fn = st->fn;
    cx->inst = in;
    /* operands must be known */
    for (int i = 0; i < in->nargs; i++)
        if (!f->value_types[in->args[i]]) {
            if (cx->final && cx->errors == 0)
                error_at(cx, "TypingError", in->loc, "cannot infer the type of this expression");
            return false;
        }
    const Type *a0 = in->nargs > 0 ? f->value_types[in->args[0]] : NULL;
    switch (in->op) {
    case OP_NOP:
    case OP_POP_TOP:
    case OP_JUMP:
        for (int i = 0; i < in->nargs; i++)
            in->sig_args[i] = f->value_types[in->args[i]];
        return true;
    case OP_LOAD_CONST: {
        const FeConst *c = &fn->consts[in->a];
        const Type *t = ti_const_type(cx->tt, c);
        if (c->kind == FC_INT)
            set_const(cx, in->res, c->v.i);
        else if (c->kind == FC_BOOL)
            set_const(cx, in->res, c->v.b);
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_LOAD_LOCAL: {
        const Type *t = f->local_types[in->a];
        if (!t) {
            const char *name = local_name(st, in->a);
            if (cx->final && cx->errors == 0)
                error_at(cx, "NameError", in->loc,
                         "local variable '%s' is referenced before assignment", name);
            return false;
        }
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_STORE_LOCAL:
        return do_store(cx, in, a0);
    case OP_LOAD_GLOBAL: {
        const Type *t = NULL;
        in->is_const = false;
        if (!resolve_global(cx, in, &t))
            return false;
        if (in->is_const && in->konst.kind == FC_INT)
            set_const(cx, in->res, in->konst.v.i);
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_LOAD_ATTR: {
        const Type *t = NULL;
        const char *attr = fn->names[in->a];
        in->sig_args[0] = a0;
        in->is_const = false;
        if (a0->kind == TY_MODULE) {
            if (!resolve_module_attr(cx, in, a0->str, attr, &t))
                return false;
        } else if (a0->kind == TY_ARRAY) {
            TiOp op = {
                .cx = cx, .tt = cx->tt, .inst = in, .nargs = 1, .args = &a0, .sig = in->sig_args};
            if (!ti_type_array_attr(&op, attr))
                return false;
            t = op.ret;
            if (op.is_const) {
                in->is_const = true;
                in->konst = op.konst;
                set_const(cx, in->res, op.konst.v.i);
            }
        } else {
            return error_at(cx, "TypingError", in->loc, "unknown attribute '%s' of type %s", attr,
                            a0->name);
        }
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_BINARY:
    case OP_UNARY:
    case OP_COMPARE:
    case OP_INDEX:
    case OP_GET_ITER: {
        const Type *types[2];
        bool isconst[2];
        int64_t cval[2];
        uint64_t smask[2];
        for (int i = 0; i < in->nargs && i < 2; i++) {
            types[i] = f->value_types[in->args[i]];
            isconst[i] = st->vconst[in->args[i]];
            cval[i] = st->vval[in->args[i]];
            smask[i] = st->vmask[in->args[i]];
        }
        TiOp op = {.cx = cx,
                   .tt = cx->tt,
                   .inst = in,
                   .nargs = in->nargs,
                   .args = types,
                   .isconst = isconst,
                   .cval = cval,
                   .smask = smask,
                   .npscalar = (in->nargs > 0 && st->vnp[in->args[0]]) ||
                               (in->nargs > 1 && st->vnp[in->args[1]]),
                   .sig = in->sig_args};
        bool ok;
        switch (in->op) {
        case OP_BINARY:
            ok = in->a >= 0 && in->a < BIN__COUNT && ti_type_binary(&op, (FeBinOp)in->a);
            break;
        case OP_UNARY:
            ok = in->a >= 0 && in->a < UN__COUNT && ti_type_unary(&op, (FeUnOp)in->a);
            if (ok && in->a == UN_NEG && isconst[0] && op.ret->kind == TY_INT64)
                set_const(cx, in->res, (int64_t)(0 - (uint64_t)cval[0]));
            break;
        case OP_COMPARE:
            ok = in->a >= 0 && in->a < CMP__COUNT && ti_type_compare(&op, (FeCmpOp)in->a);
            break;
        case OP_INDEX:
            ok = ti_type_index(&op);
            break;
        default:
            ok = ti_type_get_iter(&op);
            break;
        }
        if (!ok)
            return false;
        in->sig_ret = op.ret;
        set_value(cx, in->res, op.ret);
        return true;
    }
    case OP_CALL:
        return type_call(cx, in);
    case OP_BUILD_TUPLE: {
        const Type *items[in->nargs > 0 ? in->nargs : 1];
        uint64_t mask = 0;
        for (int i = 0; i < in->nargs; i++) {
            items[i] = in->sig_args[i] = f->value_types[in->args[i]];
            if (i < 64 && items[i]->kind == TY_SLICE && (st->vmask[in->args[i]] & 1))
                mask |= (uint64_t)1 << i;
        }
        st->vmask[in->res] = mask;
        const Type *t = ti_tuple(cx->tt, in->nargs, items);
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_UNPACK: {
        in->sig_args[0] = a0;
        if (a0->kind != TY_TUPLE)
            return error_at(cx, "TypingError", in->loc,
                            "cannot unpack a value of type %s (only tuples can be unpacked)",
                            a0->name);
        if (a0->nitems != in->a)
            return error_at(cx, "TypingError", in->loc,
                            "cannot unpack tuple of %d item%s into %d target%s", a0->nitems,
                            a0->nitems == 1 ? "" : "s", in->a, in->a == 1 ? "" : "s");
        /* item 0 ends on top: value res + k holds item a - 1 - k */
        for (int k = 0; k < in->a; k++)
            set_value(cx, in->res + k, a0->items[in->a - 1 - k]);
        return true;
    }
    case OP_STORE_INDEX: {
        const Type *types[3];
        uint64_t smask[3];
        for (int i = 0; i < 3; i++) {
            types[i] = f->value_types[in->args[i]];
            smask[i] = st->vmask[in->args[i]];
        }
        TiOp op = {.cx = cx,
                   .tt = cx->tt,
                   .inst = in,
                   .nargs = 3,
                   .args = types,
                   .smask = smask,
                   .sig = in->sig_args};
        if (!ti_type_store_index(&op))
            return false;
        in->sig_ret = op.ret;
        return true;
    }
    case OP_BUILD_SLICE: {
        if (in->nargs != 2 && in->nargs != 3)
            return error_at(cx, "InternalError", in->loc, "BUILD_SLICE of %d operands", in->nargs);
        for (int i = 0; i < in->nargs; i++) {
            const Type *t = f->value_types[in->args[i]];
            if (t->kind == TY_NONE) {
                in->sig_args[i] = t;
            } else if (ti_is_int(t) || t->kind == TY_BOOL) {
                in->sig_args[i] = ti_scalar(TY_INT64);
            } else {
                return error_at(cx, "TypingError", in->loc,
                                "slice indices must be integers or None, not %s", t->name);
            }
        }
        /* a step known to be 1 keeps a C array contiguous */
        bool unit = in->nargs == 2 || in->sig_args[2]->kind == TY_NONE ||
                    (st->vconst[in->args[2]] && st->vval[in->args[2]] == 1);
        if (in->nargs == 3 && st->vconst[in->args[2]] && st->vval[in->args[2]] == 0)
            return error_at(cx, "ValueError", in->loc, "slice step cannot be zero");
        st->vmask[in->res] = unit;
        const Type *t = ti_slice(cx->tt);
        in->sig_ret = t;
        set_value(cx, in->res, t);
        return true;
    }
    case OP_JUMP_IF_FALSE:
    case OP_JUMP_IF_TRUE:
        if (!ti_has_truth(a0))
            return error_at(cx, "TypingError", in->loc,
                            "cannot use a value of type %s as a condition", a0->name);
        in->sig_args[0] = a0;
        return true;
    case OP_FOR_ITER: {
        const Type *it = f->local_types[in->a];
        if (!it)
            return false;
        const Type *item = ti_iter_item(cx->tt, it);
        if (!item)
            return error_at(cx, "TypingError", in->loc, "cannot iterate over %s", it->name);
        in->sig_ret = item;
        set_value(cx, in->res, item);
        return true;
    }
    case OP_RETURN:
        return do_return(cx, in, a0);
    case OP_RAISE:
        if (in->a == 0)
            return error_at(cx, "NotImplementedError", in->loc,
                            "bare 'raise' (re-raise) is not supported");
        if (a0->kind != TY_EXC_CLASS && a0->kind != TY_EXC)
            return error_at(cx, "TypingError", in->loc,
                            "exceptions must derive from BaseException (got %s)", a0->name);
        in->sig_args[0] = a0;
        return true;
    default:
        break;
    }
    return error_at(cx, "InternalError", in->loc, "opcode %d is not handled by type inference",
                    (int)in->op);
}

/* One sweep over the reachable code of a specialisation. */
static void sweep(TiCtx *cx, FuncState *st)
{
    cx->cur = st;
    TiFunc *f = st->f;
    for (int b = 0; b < f->nblocks; b++) {
        TiBlock *blk = &f->blocks[b];
        for (int i = 0; i < blk->ninsts; i++) {
            type_inst(cx, &blk->insts[i]);
            if (cx->final && st->failed)
                return;
            if (cx->aborted)
                return;
        }
    }
}

/* ---- symbols, driver ---- */

static void mangle(StrBuf *sb, const char *s)
{
    bool sep = false;
    for (; *s; s++) {
        char c = *s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '_') {
            if (sep)
                sb_putc(sb, '_');
            sep = false;
            sb_putc(sb, c);
        } else {
            sep = sb->len > 0;
        }
    }
}

static void make_symbols(TiProgram *p)
{
    for (int i = 0; i < p->nfuncs; i++) {
        TiFunc *f = p->funcs[i];
        StrBuf sb = {0};
        mangle(&sb, f->fn->name);
        if (f->nargs == 0)
            sb_puts(&sb, ".void");
        for (int k = 0; k < f->nargs; k++) {
            sb_putc(&sb, '.');
            size_t before = sb.len;
            mangle(&sb, f->argtypes[k]->name);
            if (sb.len == before)
                sb_puts(&sb, "t");
        }
        char *base = sb_take(&sb);
        const char *sym = arena_strdup(&p->arena, base);
        for (int n = 2;; n++) {
            bool clash = false;
            for (int j = 0; j < i && !clash; j++)
                clash = !strcmp(p->funcs[j]->symbol, sym);
            if (!clash)
                break;
            sym = arena_printf(&p->arena, "%s.%d", base, n);
        }
        free(base);
        f->symbol = sym;
    }
}

/* Marks the specialisations reachable from `st` through the final call
 * graph, in depth-first preorder, remembering the first call site. */
static void mark_live(TiCtx *cx, FuncState *st, StateVec *order)
{
    st->live = true;
    vec_push(order, st);
    TiFunc *f = st->f;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            TiInst *in = &f->blocks[b].insts[i];
            if (in->op != OP_CALL || !in->callee)
                continue;
            FuncState *c = cx->states.data[in->callee->index];
            if (c->live)
                continue;
            c->caller = st;
            c->call_loc = in->loc;
            mark_live(cx, c, order);
        }
}

/* Called after a sweep changed nothing: a specialisation whose return type
 * is still unknown returns only the results of recursive calls, so it never
 * returns normally (it raises or recurses forever): its return type is
 * none, if each return passes a call's result on unchanged (otherwise it
 * stays unknown and the final sweep reports why). True if that decided
 * anything (sweep again). */
/* The first reachable RETURN whose value is not directly a call's result
 * (e.g. `return f(n - 1) + 1`), or NULL. */
static TiInst *return_not_of_call(FuncState *st)
{
    TiFunc *f = st->f;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            TiInst *in = &f->blocks[b].insts[i];
            if (in->op != OP_RETURN)
                continue;
            bool of_call = i > 0 && f->blocks[b].insts[i - 1].op == OP_CALL &&
                           f->blocks[b].insts[i - 1].res == in->args[0];
            if (!of_call && !f->value_types[in->args[0]])
                return in;
        }
    return NULL;
}

static bool decide_bottom(TiCtx *cx)
{
    bool any = false;
    for (int i = 0; i < cx->states.len; i++) {
        FuncState *st = cx->states.data[i];
        TiFunc *f = st->f;
        if (f->ret)
            continue;
        /* `return f(n - 1) + 1` without a base case, or an error upstream:
         * left unknown, the final sweep reports it */
        if (return_not_of_call(st))
            continue;
        f->ret = ti_scalar(TY_NONE);
        any = true;
    }
    return any;
}

TiProgram *ti_infer(TiTypes *tt, const FeFunction *fn, const Type *const *argtypes, int nargs,
                    DiagList *diags)
{
    TiProgram *p = sup_calloc(1, sizeof *p);
    arena_init(&p->arena);
    p->options = &fn->options;
    TiCtx cx = {.tt = tt, .diags = diags, .prog = p};
    const char *file = fn->module ? fn->module->filename : NULL;
    /* trailing parameters not given take their defaults' types */
    const Type *full[fn->nparams > 0 ? fn->nparams : 1];
    if (nargs >= 0 && nargs < fn->nparams && fn->defaults) {
        int k;
        for (k = 0; k < nargs; k++)
            full[k] = argtypes[k];
        for (; k < fn->nparams && fn->defaults[k]; k++)
            full[k] = ti_const_type(tt, fn->defaults[k]);
        if (k == fn->nparams) {
            argtypes = full;
            nargs = fn->nparams;
        }
    }
    if (nargs != fn->nparams) {
        diag_add(diags, DIAG_ERROR, "TypingError", file, fn->loc,
                 "%s() takes %d positional argument%s but %d %s given", fn->name, fn->nparams,
                 fn->nparams == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        ti_program_free(p);
        return NULL;
    }
    if (fn->diags.nerrors > 0) {
        diag_append(diags, &fn->diags);
        ti_program_free(p);
        return NULL;
    }
    for (int i = 0; i < nargs; i++)
        if (!argtypes[i]) {
            diag_add(diags, DIAG_ERROR, "TypingError", file, fn->loc,
                     "argument %d of %s() has no type", i + 1, fn->name);
            ti_program_free(p);
            return NULL;
        }
    FuncState *entry = new_state(&cx, fn, argtypes);
    int round = 0;
    while (entry && !cx.aborted) {
        if (!cx.changed && !decide_bottom(&cx))
            break;
        cx.changed = false;
        if (++round > MAX_ROUNDS) {
            diag_add(diags, DIAG_ERROR, "TypingError", file, fn->loc,
                     "type inference of '%s' did not converge", fn->name);
            cx.errors++;
            break;
        }
        for (int i = 0; i < cx.states.len && !cx.aborted; i++)
            sweep(&cx, cx.states.data[i]);
    }
    StateVec order = {0};
    if (entry && cx.errors == 0) {
        mark_live(&cx, entry, &order);
        /* final sweep: callees first, so the innermost error comes first */
        cx.final = true;
        for (int i = order.len - 1; i >= 0; i--) {
            FuncState *st = order.data[i];
            sweep(&cx, st);
            if (st->failed)
                note_call_site(&cx, st);
            if (cx.aborted)
                break;
        }
    }
    TiProgram *result = NULL;
    if (entry && cx.errors == 0 && !cx.aborted) {
        p->nfuncs = order.len;
        p->funcs = ARENA_NEWN(&p->arena, TiFunc *, order.len);
        for (int i = 0; i < order.len; i++) {
            p->funcs[i] = order.data[i]->f;
            p->funcs[i]->index = i;
        }
        p->entry = p->funcs[0];
        make_symbols(p);
        result = p;
    } else if (cx.errors == 0) {
        diag_add(diags, DIAG_ERROR, "InternalError", file, fn->loc,
                 "type inference of '%s' failed without a diagnostic", fn->name);
    }
    for (int i = 0; i < cx.states.len; i++)
        free(cx.states.data[i]);
    vec_free(&cx.states);
    vec_free(&order);
    if (!result)
        ti_program_free(p);
    return result;
}

void ti_program_free(TiProgram *p)
{
    if (!p)
        return;
    arena_free(&p->arena);
    free(p);
}

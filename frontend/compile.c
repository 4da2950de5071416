/* frontend/compile.c — AST of one def → pyjit bytecode (opcodes.def).
 * Python scoping (assigned names are locals, others LOAD_GLOBAL); hidden '$'
 * locals keep the operand stack empty at every jump target. Constructs pyjit
 * does not compile are reported as "UnsupportedError" at their location. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef Vec(int) Patch; /* pcs of jumps to one not-yet-placed target */

typedef struct Loop {
    int cont;     /* pc continue jumps to */
    Patch breaks; /* jumps to patch to the loop's exit */
} Loop;

typedef struct C {
    FeModule *m;
    FeFunction *fn;
    DiagList *diags;
    Vec(FeInstr) code;
    Vec(FeConst) consts;
    Vec(const char *) names;
    Vec(const char *) locals;
    Vec(Loop) loops;
    int nhidden;
    SrcLoc loc; /* location stamped on emitted instructions */
} C;

static void unsupported(C *c, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void unsupported(C *c, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(c->diags, DIAG_ERROR, FE_KIND_UNSUPPORTED, c->m->filename, loc, fmt, ap);
    va_end(ap);
}

/* ---- emission ---- */

static int emit(C *c, FeOp op, int a, int b)
{
    FeInstr in = {op, a, b, c->loc};
    vec_push(&c->code, in);
    return c->code.len - 1;
}
static int here(C *c)
{
    return c->code.len;
}
static void patch_to(C *c, Patch *p, int target)
{
    for (int i = 0; i < p->len; i++) {
        FeInstr *in = &c->code.data[p->data[i]];
        if (in->op == OP_FOR_ITER)
            in->b = target;
        else
            in->a = target;
    }
    vec_free(p);
}
static void patch_here(C *c, Patch *p)
{
    patch_to(c, p, here(c));
}
static void jump_to(C *c, FeOp op, Patch *p)
{
    vec_push(p, emit(c, op, -1, 0));
}

static bool const_same(const FeConst *a, const FeConst *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case FC_NONE:
        return true;
    case FC_BOOL:
        return a->v.b == b->v.b;
    case FC_INT:
        return a->v.i == b->v.i;
    case FC_FLOAT:
        return memcmp(&a->v.f, &b->v.f, sizeof(double)) == 0;
    case FC_STR:
        return a->v.s == b->v.s;
    case FC_TUPLE:
        if (a->v.tuple.n != b->v.tuple.n)
            return false;
        for (int i = 0; i < a->v.tuple.n; i++)
            if (!const_same(&a->v.tuple.items[i], &b->v.tuple.items[i]))
                return false;
        return true;
    }
    return false;
}

static int add_const(C *c, FeConst k)
{
    for (int i = 0; i < c->consts.len; i++)
        if (const_same(&c->consts.data[i], &k))
            return i;
    vec_push(&c->consts, k);
    return c->consts.len - 1;
}
static void load_none(C *c)
{
    FeConst k = {.kind = FC_NONE};
    emit(c, OP_LOAD_CONST, add_const(c, k), 0);
}
static void load_int(C *c, int64_t v)
{
    FeConst k = {.kind = FC_INT};
    k.v.i = v;
    emit(c, OP_LOAD_CONST, add_const(c, k), 0);
}

static int name_index(C *c, const char *name)
{
    for (int i = 0; i < c->names.len; i++)
        if (c->names.data[i] == name)
            return i;
    vec_push(&c->names, name);
    return c->names.len - 1;
}

static int local_index(C *c, const char *name)
{
    for (int i = 0; i < c->locals.len; i++)
        if (c->locals.data[i] == name)
            return i;
    return -1;
}
static void add_local(C *c, const char *name)
{
    if (local_index(c, name) < 0)
        vec_push(&c->locals, name);
}
static int hidden(C *c, const char *what)
{
    char buf[64];
    snprintf(buf, sizeof buf, "$%s%d", what, c->nhidden++);
    vec_push(&c->locals, intern(c->m->interner, buf));
    return c->locals.len - 1;
}

/* ---- scoping: every name bound anywhere in the body is a local ---- */

static void collect_target(C *c, const Node *t)
{
    if (!t)
        return;
    switch (t->kind) {
    case E_NAME:
        add_local(c, t->name);
        break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->list.n; i++)
            collect_target(c, t->list.items[i]);
        break;
    case E_STARRED:
        collect_target(c, t->a);
        break;
    default:
        break;
    }
}

static void collect_expr(C *c, const Node *e)
{
    /* walrus targets bind in the function scope */
    if (!e)
        return;
    if (e->kind == E_LAMBDA)
        return;
    if (e->kind == E_NAMEDEXPR)
        collect_target(c, e->a);
    collect_expr(c, e->a);
    collect_expr(c, e->b);
    collect_expr(c, e->c);
    for (int i = 0; i < e->list.n; i++)
        collect_expr(c, e->list.items[i]);
    for (int i = 0; i < e->list2.n; i++)
        collect_expr(c, e->list2.items[i]);
}

static void collect_stmts(C *c, NodeList body);
static void collect_pattern(C *c, const Node *p)
{
    if (!p)
        return;
    if ((p->kind == P_CAPTURE || p->kind == P_STAR || p->kind == P_AS || p->kind == P_MAPPING) &&
        p->name)
        add_local(c, p->name);
    collect_pattern(c, p->a);
    for (int i = 0; i < p->list.n; i++)
        collect_pattern(c, p->list.items[i]);
    for (int i = 0; i < p->list2.n; i++)
        collect_pattern(c, p->list2.items[i]);
}

static void collect_stmt(C *c, const Node *s)
{
    switch (s->kind) {
    case S_EXPR:
        collect_expr(c, s->a);
        break;
    case S_ASSIGN:
        for (int i = 0; i < s->list.n; i++)
            collect_target(c, s->list.items[i]);
        collect_expr(c, s->a);
        break;
    case S_AUGASSIGN:
    case S_ANNASSIGN:
        collect_target(c, s->a);
        collect_expr(c, s->b);
        collect_expr(c, s->c);
        break;
    case S_FOR:
        collect_target(c, s->a);
        collect_expr(c, s->b);
        collect_stmts(c, s->list);
        collect_stmts(c, s->list2);
        break;
    case S_IF:
    case S_WHILE:
        collect_expr(c, s->a);
        collect_stmts(c, s->list);
        collect_stmts(c, s->list2);
        break;
    case S_WITH:
        for (int i = 0; i < s->list.n; i++)
            collect_target(c, s->list.items[i]->b);
        collect_stmts(c, s->list2);
        break;
    case S_TRY:
        collect_stmts(c, s->list);
        for (int i = 0; i < s->list2.n; i++) {
            if (s->list2.items[i]->name)
                add_local(c, s->list2.items[i]->name);
            collect_stmts(c, s->list2.items[i]->list);
        }
        collect_stmts(c, s->list3);
        collect_stmts(c, s->list4);
        break;
    case S_DEF:
    case S_CLASS:
        add_local(c, s->name);
        break;
    case S_DEL:
        for (int i = 0; i < s->list.n; i++)
            collect_target(c, s->list.items[i]);
        break;
    case S_IMPORT:
    case S_IMPORTFROM:
        for (int i = 0; i < s->list.n; i++) {
            const Node *al = s->list.items[i];
            if (al->a)
                add_local(c, al->a->name);
            else if (strcmp(al->name, "*") != 0) {
                const char *dot = strchr(al->name, '.');
                add_local(c, dot && s->kind == S_IMPORT
                                 ? intern_n(c->m->interner, al->name, (size_t)(dot - al->name))
                                 : al->name);
            }
        }
        break;
    case S_MATCH:
        collect_expr(c, s->a);
        for (int i = 0; i < s->list.n; i++) {
            collect_pattern(c, s->list.items[i]->a);
            collect_stmts(c, s->list.items[i]->list);
        }
        break;
    case S_RETURN:
    case S_RAISE:
    case S_ASSERT:
        collect_expr(c, s->a);
        break;
    default:
        break;
    }
}

static void collect_stmts(C *c, NodeList body)
{
    for (int i = 0; i < body.n; i++)
        collect_stmt(c, body.items[i]);
}

/* ---- expressions ---- */

static void expr(C *c, const Node *e);
static void expr_arg(C *c, const Node *e); /* string literals allowed */
static void store(C *c, const Node *t);

/* Does evaluating e involve a jump (so the stack must be empty before it)? */
static bool has_flow(const Node *e)
{
    if (!e)
        return false;
    Node *n = (Node *)e;
    if (n->flow)
        return n->flow == 2;
    bool f = false;
    if (e->kind == E_BOOLOP || e->kind == E_IFEXP || (e->kind == E_COMPARE && e->list.n > 1))
        f = true;
    else if (e->kind != E_LAMBDA)
        f = has_flow(e->a) || has_flow(e->b) || has_flow(e->c);
    for (int i = 0; !f && i < e->list.n; i++)
        f = has_flow(e->list.items[i]);
    for (int i = 0; !f && i < e->list2.n; i++)
        f = has_flow(e->list2.items[i]);
    n->flow = f ? 2 : 1;
    return f;
}

/* Side-effect-free and cheap: may be evaluated later or twice. */
static bool pure(const Node *e)
{
    if (!e)
        return true;
    switch (e->kind) {
    case E_NAME:
    case E_INT:
    case E_FLOAT:
    case E_TRUE:
    case E_FALSE:
    case E_NONE:
        return true;
    case E_STR:
        return !(e->flags & STR_FSTRING);
    case E_ATTR:
        return pure(e->a);
    case E_UNOP:
        return e->op == UN_NEG && (e->a->kind == E_INT || e->a->kind == E_FLOAT);
    case E_TUPLE:
    case E_SLICE:
        if (!pure(e->a) || !pure(e->b) || !pure(e->c))
            return false;
        for (int i = 0; i < e->list.n; i++)
            if (!pure(e->list.items[i]))
                return false;
        return true;
    default:
        return false;
    }
}

/* Evaluates items in order leaving them all on the stack, spilling to hidden
 * locals where an item has a jump inside (NULL items push None). The
 * `strs` mask allows string literals for items i with strs[i]. */
static void operands(C *c, const Node *const *items, int n, const bool *strs)
{
    int last_flow = -1;
    for (int i = 0; i < n; i++)
        if (has_flow(items[i]))
            last_flow = i;
    int *slots = last_flow >= 0 ? sup_malloc(sizeof(int) * (size_t)(last_flow + 1)) : NULL;
    for (int i = 0; i <= last_flow; i++) {
        slots[i] = -1;
        if (pure(items[i]))
            continue;
        if (strs && strs[i])
            expr_arg(c, items[i]);
        else
            expr(c, items[i]);
        slots[i] = hidden(c, "tmp");
        emit(c, OP_STORE_LOCAL, slots[i], 0);
    }
    for (int i = 0; i < n; i++) {
        if (i <= last_flow && slots[i] >= 0) {
            emit(c, OP_LOAD_LOCAL, slots[i], 0);
            continue;
        }
        if (!items[i])
            load_none(c);
        else if (strs && strs[i])
            expr_arg(c, items[i]);
        else
            expr(c, items[i]);
    }
    free(slots);
}

static void load_name(C *c, const char *name)
{
    int l = local_index(c, name);
    if (l >= 0)
        emit(c, OP_LOAD_LOCAL, l, 0);
    else
        emit(c, OP_LOAD_GLOBAL, name_index(c, name), 0);
}

/* Emits code that jumps to `target` when truthiness of e == when;
 * otherwise falls through. The stack is empty before and after. */
static void cond_jump(C *c, const Node *e, bool when, Patch *target);

/* Loads a value saved by `keep` (a hidden local) or re-evaluates a pure one. */
typedef struct Ref {
    const Node *e;
    int slot;
} Ref;
static Ref keep(C *c, const Node *e)
{
    Ref r = {e, -1};
    if (pure(e))
        return r;
    expr(c, e);
    r.slot = hidden(c, "tmp");
    emit(c, OP_STORE_LOCAL, r.slot, 0);
    return r;
}
static void load_ref(C *c, Ref r)
{
    if (r.slot >= 0)
        emit(c, OP_LOAD_LOCAL, r.slot, 0);
    else
        expr(c, r.e);
}

static void chain_links(C *c, const Node *e, Patch *fail_target, bool leave_last)
{
    /* a OP1 b OP2 c ...: each operand evaluated once (in a hidden local
     * unless pure); a false link jumps to fail_target. With leave_last the
     * last link's result stays on the stack (for cond_jump). */
    int n = e->list.n;
    Ref prev = keep(c, e->a);
    for (int k = 0; k < n; k++) {
        const Node *rhs = e->list.items[k];
        bool last = k == n - 1;
        Ref cur = {rhs, -1};
        if (!last || has_flow(rhs))
            cur = keep(c, rhs);
        load_ref(c, prev);
        load_ref(c, cur);
        c->loc = e->loc;
        emit(c, OP_COMPARE, e->ops[k], 0);
        if (!last || !leave_last)
            jump_to(c, OP_JUMP_IF_FALSE, fail_target);
        prev = cur;
    }
}

static void cond_jump(C *c, const Node *e, bool when, Patch *target)
{
    SrcLoc saved = c->loc;
    c->loc = e->loc;
    switch (e->kind) {
    case E_TRUE:
    case E_FALSE:
    case E_NONE: {
        bool v = e->kind == E_TRUE;
        if (v == when)
            jump_to(c, OP_JUMP, target);
        c->loc = saved;
        return;
    }
    case E_UNOP:
        if (e->op == UN_NOT) {
            cond_jump(c, e->a, !when, target);
            c->loc = saved;
            return;
        }
        break;
    case E_BOOLOP: {
        /* and: all true; or: any true */
        bool is_and = e->op == BOOL_AND;
        int n = e->list.n;
        if (when == !is_and) {
            /* and/false: any false operand jumps; or/true: any true jumps */
            for (int i = 0; i < n; i++)
                cond_jump(c, e->list.items[i], when, target);
        } else {
            Patch skip = {0};
            for (int i = 0; i < n - 1; i++)
                cond_jump(c, e->list.items[i], !when, &skip);
            cond_jump(c, e->list.items[n - 1], when, target);
            patch_here(c, &skip);
        }
        c->loc = saved;
        return;
    }
    case E_COMPARE:
        if (e->list.n > 1) {
            if (!when) {
                chain_links(c, e, target, false);
            } else {
                Patch skip = {0};
                chain_links(c, e, &skip, true);
                jump_to(c, OP_JUMP_IF_TRUE, target);
                patch_here(c, &skip);
            }
            c->loc = saved;
            return;
        }
        break;
    default:
        break;
    }
    expr(c, e);
    c->loc = e->loc;
    jump_to(c, when ? OP_JUMP_IF_TRUE : OP_JUMP_IF_FALSE, target);
    c->loc = saved;
}

/* `what` ends with its verb: "list comprehensions are". */
static void reject_expr(C *c, const Node *e, const char *what)
{
    unsupported(c, e->loc, "%s not supported in @jit functions", what);
    load_none(c); /* keep the stack shape */
}

static void expr_str(C *c, const Node *e)
{
    if (e->flags & STR_FSTRING) {
        reject_expr(c, e, "f-strings are");
        return;
    }
    if (e->flags & STR_BYTES) {
        reject_expr(c, e, "bytes literals are");
        return;
    }
    if ((int)strlen(e->sval) != e->slen) {
        reject_expr(c, e, "strings containing NUL characters are");
        return;
    }
    FeConst k = {.kind = FC_STR};
    k.v.s = intern(c->m->interner, e->sval);
    emit(c, OP_LOAD_CONST, add_const(c, k), 0);
}

static void expr_arg(C *c, const Node *e)
{
    if (e->kind == E_STR) {
        SrcLoc saved = c->loc;
        c->loc = e->loc;
        expr_str(c, e);
        c->loc = saved;
    } else
        expr(c, e);
}

static void call(C *c, const Node *e)
{
    for (int i = 0; i < e->list.n; i++)
        if (e->list.items[i]->kind == E_STARRED) {
            unsupported(c, e->list.items[i]->loc,
                        "star-args (*args) in calls are not supported in @jit functions");
            load_none(c);
            return;
        }
    for (int i = 0; i < e->list2.n; i++)
        if (!e->list2.items[i]->name) {
            unsupported(c, e->list2.items[i]->loc,
                        "**kwargs in calls are not supported in @jit functions");
            load_none(c);
            return;
        }
    int n = 1 + e->list.n + e->list2.n;
    const Node **items = sup_malloc(sizeof(Node *) * (size_t)n);
    bool *strs = sup_malloc(sizeof(bool) * (size_t)n);
    items[0] = e->a;
    strs[0] = false;
    for (int i = 0; i < e->list.n; i++) {
        items[1 + i] = e->list.items[i];
        strs[1 + i] = true;
    }
    for (int i = 0; i < e->list2.n; i++) {
        items[1 + e->list.n + i] = e->list2.items[i]->a;
        strs[1 + e->list.n + i] = true;
    }
    /* A pure callee (a name or module attribute) need not be spilled: load
     * it after the arguments' jumps by evaluating it last among equals. */
    operands(c, items, n, strs);
    free(items);
    free(strs);
    int kw = -1;
    if (e->list2.n) {
        FeConst k = {.kind = FC_TUPLE};
        k.v.tuple.n = e->list2.n;
        k.v.tuple.items = ARENA_NEWN(&c->m->arena, FeConst, e->list2.n);
        for (int i = 0; i < e->list2.n; i++) {
            k.v.tuple.items[i].kind = FC_STR;
            k.v.tuple.items[i].v.s = e->list2.items[i]->name;
        }
        kw = add_const(c, k);
    }
    c->loc = e->loc;
    emit(c, OP_CALL, e->list.n + e->list2.n, kw);
}

static void expr(C *c, const Node *e)
{
    SrcLoc saved = c->loc;
    c->loc = e->loc;
    switch (e->kind) {
    case E_NAME:
        load_name(c, e->name);
        break;
    case E_INT:
        if (e->flags || e->ival > (uint64_t)INT64_MAX) {
            unsupported(c, e->loc, "integer literal is too large for int64");
            load_none(c);
        } else
            load_int(c, (int64_t)e->ival);
        break;
    case E_FLOAT: {
        FeConst k = {.kind = FC_FLOAT};
        k.v.f = e->fval;
        emit(c, OP_LOAD_CONST, add_const(c, k), 0);
        break;
    }
    case E_IMAG:
        unsupported(c, e->loc, "complex numbers are not supported");
        load_none(c);
        break;
    case E_STR:
        if (e->flags & (STR_FSTRING | STR_BYTES))
            expr_str(c, e);
        else
            reject_expr(c, e, "string operations other than literals passed to calls are");
        break;
    case E_TRUE:
    case E_FALSE: {
        FeConst k = {.kind = FC_BOOL};
        k.v.b = e->kind == E_TRUE;
        emit(c, OP_LOAD_CONST, add_const(c, k), 0);
        break;
    }
    case E_NONE:
        load_none(c);
        break;
    case E_ELLIPSIS:
        reject_expr(c, e, "Ellipsis is");
        break;
    case E_BINOP: {
        const Node *items[2] = {e->a, e->b};
        operands(c, items, 2, NULL);
        c->loc = e->loc;
        emit(c, OP_BINARY, e->op, 0);
        break;
    }
    case E_UNOP:
        if (e->op == UN_NEG && e->a->kind == E_INT && !e->a->flags &&
            e->a->ival <= (uint64_t)INT64_MAX + 1) {
            /* fold -<int literal> (so -9223372036854775808 is representable) */
            load_int(c, (int64_t)(0 - e->a->ival));
            break;
        }
        if (e->op == UN_NEG && e->a->kind == E_FLOAT) {
            FeConst k = {.kind = FC_FLOAT};
            k.v.f = -e->a->fval;
            emit(c, OP_LOAD_CONST, add_const(c, k), 0);
            break;
        }
        expr(c, e->a);
        c->loc = e->loc;
        emit(c, OP_UNARY, e->op, 0);
        break;
    case E_BOOLOP: {
        /* value semantics: the result is the deciding operand */
        int r = hidden(c, e->op == BOOL_AND ? "and" : "or");
        Patch end = {0};
        for (int i = 0; i < e->list.n; i++) {
            expr(c, e->list.items[i]);
            c->loc = e->loc;
            emit(c, OP_STORE_LOCAL, r, 0);
            if (i < e->list.n - 1) {
                emit(c, OP_LOAD_LOCAL, r, 0);
                jump_to(c, e->op == BOOL_AND ? OP_JUMP_IF_FALSE : OP_JUMP_IF_TRUE, &end);
            }
        }
        patch_here(c, &end);
        emit(c, OP_LOAD_LOCAL, r, 0);
        break;
    }
    case E_COMPARE:
        if (e->list.n == 1) {
            const Node *items[2] = {e->a, e->list.items[0]};
            operands(c, items, 2, NULL);
            c->loc = e->loc;
            emit(c, OP_COMPARE, e->ops[0], 0);
        } else {
            int r = hidden(c, "chain");
            Patch fail = {0};
            /* each link's result goes to r; a false link exits with it */
            int n = e->list.n;
            Ref prev = keep(c, e->a);
            for (int k = 0; k < n; k++) {
                const Node *rhs = e->list.items[k];
                Ref cur = {rhs, -1};
                if (k < n - 1 || has_flow(rhs))
                    cur = keep(c, rhs);
                load_ref(c, prev);
                load_ref(c, cur);
                c->loc = e->loc;
                emit(c, OP_COMPARE, e->ops[k], 0);
                emit(c, OP_STORE_LOCAL, r, 0);
                if (k < n - 1) {
                    emit(c, OP_LOAD_LOCAL, r, 0);
                    jump_to(c, OP_JUMP_IF_FALSE, &fail);
                }
                prev = cur;
            }
            patch_here(c, &fail);
            emit(c, OP_LOAD_LOCAL, r, 0);
        }
        break;
    case E_IFEXP: {
        int r = hidden(c, "cond");
        Patch orelse = {0}, end = {0};
        cond_jump(c, e->a, false, &orelse);
        expr(c, e->b);
        c->loc = e->loc;
        emit(c, OP_STORE_LOCAL, r, 0);
        jump_to(c, OP_JUMP, &end);
        patch_here(c, &orelse);
        expr(c, e->c);
        c->loc = e->loc;
        emit(c, OP_STORE_LOCAL, r, 0);
        patch_here(c, &end);
        emit(c, OP_LOAD_LOCAL, r, 0);
        break;
    }
    case E_CALL:
        call(c, e);
        break;
    case E_ATTR:
        expr(c, e->a);
        c->loc = e->loc;
        emit(c, OP_LOAD_ATTR, name_index(c, e->name), 0);
        break;
    case E_SUBSCRIPT: {
        const Node *items[2] = {e->a, e->b};
        operands(c, items, 2, NULL);
        c->loc = e->loc;
        emit(c, OP_INDEX, 0, 0);
        break;
    }
    case E_SLICE: {
        const Node *items[3] = {e->a, e->b, e->c};
        operands(c, items, e->c ? 3 : 2, NULL);
        c->loc = e->loc;
        emit(c, OP_BUILD_SLICE, e->c ? 3 : 2, 0);
        break;
    }
    case E_TUPLE: {
        for (int i = 0; i < e->list.n; i++)
            if (e->list.items[i]->kind == E_STARRED) {
                reject_expr(c, e->list.items[i], "starred expressions are");
                goto out;
            }
        operands(c, (const Node *const *)e->list.items, e->list.n, NULL);
        c->loc = e->loc;
        emit(c, OP_BUILD_TUPLE, e->list.n, 0);
        break;
    }
    case E_LIST:
        reject_expr(c, e, "list displays are");
        break;
    case E_SET:
        reject_expr(c, e, "set displays are");
        break;
    case E_DICT:
        reject_expr(c, e, "dict displays are");
        break;
    case E_LISTCOMP:
        reject_expr(c, e, "list comprehensions are");
        break;
    case E_SETCOMP:
        reject_expr(c, e, "set comprehensions are");
        break;
    case E_DICTCOMP:
        reject_expr(c, e, "dict comprehensions are");
        break;
    case E_GENEXP:
        reject_expr(c, e, "generator expressions are");
        break;
    case E_LAMBDA:
        reject_expr(c, e, "lambda expressions are");
        break;
    case E_NAMEDEXPR:
        reject_expr(c, e, "assignment expressions are");
        break;
    case E_STARRED:
        reject_expr(c, e, "starred expressions are");
        break;
    case E_YIELD:
    case E_YIELDFROM:
        reject_expr(c, e, "generators are");
        break;
    case E_AWAIT:
        reject_expr(c, e, "await expressions are");
        break;
    default:
        unsupported(c, e->loc, "%s is not supported in @jit functions", fe_node_kind_name(e->kind));
        load_none(c);
        break;
    }
out:
    c->loc = saved;
}

/* ---- stores ---- */

/* Stores the value on top of the stack into target t. */
static void store(C *c, const Node *t)
{
    SrcLoc saved = c->loc;
    c->loc = t->loc;
    switch (t->kind) {
    case E_NAME:
        add_local(c, t->name); /* already collected; keeps the slot valid regardless */
        emit(c, OP_STORE_LOCAL, local_index(c, t->name), 0);
        break;
    case E_SUBSCRIPT:
        if (!has_flow(t->a) && !has_flow(t->b)) {
            expr(c, t->a);
            expr(c, t->b);
        } else {
            /* value first, then obj and index, with the stack empty
             * whenever a jump may happen */
            int v = hidden(c, "val");
            emit(c, OP_STORE_LOCAL, v, 0);
            const Node *items[2] = {t->a, t->b};
            int s[2];
            for (int i = 0; i < 2; i++) {
                expr(c, items[i]);
                s[i] = hidden(c, "tmp");
                emit(c, OP_STORE_LOCAL, s[i], 0);
            }
            emit(c, OP_LOAD_LOCAL, v, 0);
            emit(c, OP_LOAD_LOCAL, s[0], 0);
            emit(c, OP_LOAD_LOCAL, s[1], 0);
        }
        c->loc = t->loc;
        emit(c, OP_STORE_INDEX, 0, 0);
        break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->list.n; i++)
            if (t->list.items[i]->kind == E_STARRED) {
                unsupported(c, t->list.items[i]->loc,
                            "starred assignment is not supported in @jit functions");
                emit(c, OP_POP_TOP, 0, 0);
                c->loc = saved;
                return;
            }
        emit(c, OP_UNPACK, t->list.n, 0);
        for (int i = 0; i < t->list.n; i++)
            store(c, t->list.items[i]);
        break;
    case E_ATTR:
        unsupported(c, t->loc, "attribute assignment is not supported in @jit functions");
        emit(c, OP_POP_TOP, 0, 0);
        break;
    default:
        unsupported(c, t->loc, "starred assignment is not supported in @jit functions");
        emit(c, OP_POP_TOP, 0, 0);
        break;
    }
    c->loc = saved;
}

static void augassign(C *c, const Node *s)
{
    const Node *t = s->a;
    if (t->kind == E_ATTR) {
        unsupported(c, t->loc, "attribute assignment is not supported in @jit functions");
        return;
    }
    if (t->kind == E_NAME) {
        int l = local_index(c, t->name);
        if (has_flow(s->b)) {
            expr(c, s->b);
            int v = hidden(c, "val");
            emit(c, OP_STORE_LOCAL, v, 0);
            emit(c, OP_LOAD_LOCAL, l, 0);
            emit(c, OP_LOAD_LOCAL, v, 0);
        } else {
            emit(c, OP_LOAD_LOCAL, l, 0);
            expr(c, s->b);
        }
        c->loc = s->loc;
        emit(c, OP_BINARY, s->op, 1);
        emit(c, OP_STORE_LOCAL, l, 0);
        return;
    }
    /* a[i] OP= v: a and i evaluated once */
    Ref obj = keep(c, t->a);
    Ref idx = keep(c, t->b);
    c->loc = t->loc;
    load_ref(c, obj);
    load_ref(c, idx);
    c->loc = t->loc;
    emit(c, OP_INDEX, 0, 0);
    if (has_flow(s->b)) {
        int cur = hidden(c, "cur");
        emit(c, OP_STORE_LOCAL, cur, 0);
        expr(c, s->b);
        int v = hidden(c, "val");
        emit(c, OP_STORE_LOCAL, v, 0);
        emit(c, OP_LOAD_LOCAL, cur, 0);
        emit(c, OP_LOAD_LOCAL, v, 0);
    } else
        expr(c, s->b);
    c->loc = s->loc;
    emit(c, OP_BINARY, s->op, 1);
    c->loc = t->loc;
    load_ref(c, obj);
    load_ref(c, idx);
    c->loc = t->loc;
    emit(c, OP_STORE_INDEX, 0, 0);
}

/* ---- statements ---- */

static void stmts(C *c, NodeList body);

static Loop *push_loop(C *c, int cont)
{
    Loop l = {cont, {0}};
    vec_push(&c->loops, l);
    return &vec_last(&c->loops);
}

static void stmt(C *c, const Node *s)
{
    c->loc = s->loc;
    switch (s->kind) {
    case S_EXPR: {
        const Node *e = s->a;
        /* docstrings and other bare constants do nothing */
        if ((e->kind == E_STR && !(e->flags & STR_FSTRING)) || e->kind == E_INT ||
            e->kind == E_FLOAT || e->kind == E_NONE || e->kind == E_TRUE || e->kind == E_FALSE ||
            e->kind == E_ELLIPSIS)
            break;
        expr(c, e);
        emit(c, OP_POP_TOP, 0, 0);
        break;
    }
    case S_ASSIGN:
        expr(c, s->a);
        if (s->list.n == 1) {
            store(c, s->list.items[0]);
        } else {
            int v = hidden(c, "val");
            c->loc = s->loc;
            emit(c, OP_STORE_LOCAL, v, 0);
            for (int i = 0; i < s->list.n; i++) {
                c->loc = s->loc;
                emit(c, OP_LOAD_LOCAL, v, 0);
                store(c, s->list.items[i]);
            }
        }
        break;
    case S_ANNASSIGN:
        if (s->c) {
            expr(c, s->c);
            store(c, s->a);
        }
        break;
    case S_AUGASSIGN:
        augassign(c, s);
        break;
    case S_RETURN:
        if (s->a)
            expr(c, s->a);
        else
            load_none(c);
        c->loc = s->loc;
        emit(c, OP_RETURN, 0, 0);
        break;
    case S_PASS:
        break;
    case S_BREAK:
        if (c->loops.len)
            jump_to(c, OP_JUMP, &vec_last(&c->loops).breaks);
        break;
    case S_CONTINUE:
        if (c->loops.len)
            emit(c, OP_JUMP, vec_last(&c->loops).cont, 0);
        break;
    case S_IF: {
        Patch orelse = {0};
        cond_jump(c, s->a, false, &orelse);
        stmts(c, s->list);
        if (s->list2.n) {
            Patch end = {0};
            c->loc = s->loc;
            jump_to(c, OP_JUMP, &end);
            patch_here(c, &orelse);
            stmts(c, s->list2);
            patch_here(c, &end);
        } else
            patch_here(c, &orelse);
        break;
    }
    case S_WHILE: {
        int top = here(c);
        Patch orelse = {0};
        cond_jump(c, s->a, false, &orelse);
        push_loop(c, top);
        stmts(c, s->list);
        c->loc = s->loc;
        emit(c, OP_JUMP, top, 0);
        patch_here(c, &orelse);
        Loop l = vec_pop(&c->loops);
        stmts(c, s->list2);
        patch_here(c, &l.breaks);
        break;
    }
    case S_FOR: {
        if (s->flags) {
            unsupported(c, s->loc, "async for is not supported in @jit functions");
            break;
        }
        expr(c, s->b);
        c->loc = s->loc;
        emit(c, OP_GET_ITER, 0, 0);
        int it = hidden(c, "it");
        emit(c, OP_STORE_LOCAL, it, 0);
        int top = here(c);
        Patch exit = {0};
        vec_push(&exit, emit(c, OP_FOR_ITER, it, -1));
        store(c, s->a);
        push_loop(c, top);
        stmts(c, s->list);
        c->loc = s->loc;
        emit(c, OP_JUMP, top, 0);
        patch_here(c, &exit);
        Loop l = vec_pop(&c->loops);
        stmts(c, s->list2);
        patch_here(c, &l.breaks);
        break;
    }
    case S_RAISE:
        if (!s->a) {
            unsupported(c, s->loc, "bare raise is not supported in @jit functions");
            break;
        }
        if (s->b) {
            unsupported(c, s->loc, "raise ... from is not supported in @jit functions");
            break;
        }
        expr(c, s->a);
        c->loc = s->loc;
        emit(c, OP_RAISE, 1, 0);
        break;
    case S_ASSERT: {
        Patch ok = {0};
        cond_jump(c, s->a, true, &ok);
        c->loc = s->loc;
        emit(c, OP_LOAD_GLOBAL, name_index(c, intern(c->m->interner, "AssertionError")), 0);
        if (s->b) {
            expr_arg(c, s->b);
            c->loc = s->loc;
            emit(c, OP_CALL, 1, -1);
        }
        emit(c, OP_RAISE, 1, 0);
        patch_here(c, &ok);
        break;
    }
    case S_DEF:
        unsupported(c, s->loc, "nested functions are not supported in @jit functions");
        break;
    case S_CLASS:
        unsupported(c, s->loc, "class definitions are not supported in @jit functions");
        break;
    case S_TRY:
        unsupported(c, s->loc, "try statements are not supported in @jit functions");
        break;
    case S_WITH:
        unsupported(c, s->loc, "with statements are not supported in @jit functions");
        break;
    case S_GLOBAL:
        unsupported(c, s->loc, "global declarations are not supported in @jit functions");
        break;
    case S_NONLOCAL:
        unsupported(c, s->loc, "nonlocal declarations are not supported in @jit functions");
        break;
    case S_DEL:
        unsupported(c, s->loc, "del statements are not supported in @jit functions");
        break;
    case S_IMPORT:
    case S_IMPORTFROM:
        unsupported(c, s->loc,
                    "import statements inside functions are not supported in @jit functions");
        break;
    case S_MATCH:
        unsupported(c, s->loc, "match statements are not supported in @jit functions");
        break;
    case S_TYPEALIAS:
        unsupported(c, s->loc, "type aliases are not supported in @jit functions");
        break;
    default:
        unsupported(c, s->loc, "%s is not supported in @jit functions", fe_node_kind_name(s->kind));
        break;
    }
}

static void stmts(C *c, NodeList body)
{
    for (int i = 0; i < body.n; i++)
        stmt(c, body.items[i]);
}

void fe_compile_function(FeModule *m, FeFunction *fn, const Node *def, DiagList *diags)
{
    C c = {0};
    c.m = m;
    c.fn = fn;
    c.diags = diags;
    c.loc = def->loc;
    if (def->flags)
        unsupported(&c, def->loc, "async functions are not supported in @jit functions");
    int nparams = 0;
    for (int i = 0; i < def->list.n; i++) {
        const Node *prm = def->list.items[i];
        switch (prm->op) {
        case PARAM_VARARG:
            unsupported(&c, prm->loc, "*args parameters are not supported in @jit functions");
            break;
        case PARAM_KWARG:
            unsupported(&c, prm->loc, "**kwargs parameters are not supported in @jit functions");
            break;
        case PARAM_KWONLY:
            unsupported(&c, prm->loc,
                        "keyword-only parameters are not supported in @jit functions");
            break;
        default:
            vec_push(&c.locals, prm->name);
            nparams++;
            break;
        }
    }
    if (def->list4.n)
        unsupported(&c, def->list4.items[0]->loc,
                    "type parameters are not supported in @jit functions");
    collect_stmts(&c, def->list2);
    stmts(&c, def->list2);
    /* falling off the end returns None */
    c.loc = def->end;
    bool need_tail = true;
    if (c.code.len) {
        FeOp last = c.code.data[c.code.len - 1].op;
        if (last == OP_RETURN || last == OP_RAISE || last == OP_JUMP) {
            need_tail = false;
            for (int i = 0; i < c.code.len; i++) {
                FeInstr *in = &c.code.data[i];
                FeOperandKind ka = fe_opinfo[in->op].a, kb = fe_opinfo[in->op].b;
                if ((ka == OPK_JUMP && in->a == c.code.len) ||
                    (kb == OPK_JUMP && in->b == c.code.len))
                    need_tail = true;
            }
        }
    }
    if (need_tail) {
        load_none(&c);
        emit(&c, OP_RETURN, 0, 0);
    }

    Arena *ar = &m->arena;
    fn->nparams = nparams;
    fn->params = ARENA_NEWN(ar, const char *, nparams ? nparams : 1);
    for (int i = 0; i < nparams; i++)
        fn->params[i] = c.locals.data[i];
    fn->nlocals = c.locals.len;
    fn->local_names = ARENA_NEWN(ar, const char *, c.locals.len ? c.locals.len : 1);
    for (int i = 0; i < c.locals.len; i++)
        fn->local_names[i] = c.locals.data[i];
    fn->ncode = c.code.len;
    fn->code = ARENA_NEWN(ar, FeInstr, c.code.len ? c.code.len : 1);
    memcpy(fn->code, c.code.data, sizeof(FeInstr) * (size_t)c.code.len);
    fn->nconsts = c.consts.len;
    fn->consts = ARENA_NEWN(ar, FeConst, c.consts.len ? c.consts.len : 1);
    if (c.consts.len)
        memcpy(fn->consts, c.consts.data, sizeof(FeConst) * (size_t)c.consts.len);
    fn->nnames = c.names.len;
    fn->names = ARENA_NEWN(ar, const char *, c.names.len ? c.names.len : 1);
    for (int i = 0; i < c.names.len; i++)
        fn->names[i] = c.names.data[i];
    vec_free(&c.code);
    vec_free(&c.consts);
    vec_free(&c.names);
    vec_free(&c.locals);
    for (int i = 0; i < c.loops.len; i++)
        vec_free(&c.loops.data[i].breaks);
    vec_free(&c.loops);
}

/* frontend/module.c — module level: fe_load_module and friends.
 * AST of a whole module → FeModule: imports, frozen constants (folded with
 * Python semantics), decorators/options of each top-level def, and one
 * compiled FeFunction per def (compile.c). */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct M {
    FeModule *m;
    DiagList *diags;
    Vec(FeGlobal) globals;
    Vec(FeFunction *) funcs;
} M;

/* The latest binding of `name` (interned) so far, or NULL. */
static FeGlobal *lookup(M *M_, const char *name)
{
    for (int i = M_->globals.len - 1; i >= 0; i--)
        if (M_->globals.data[i].name == name)
            return &M_->globals.data[i];
    return NULL;
}

static FeGlobal *bind(M *M_, const char *name, FeGlobalKind kind, SrcLoc loc, bool conditional)
{
    if (conditional && lookup(M_, name))
        return NULL;
    FeGlobal g = {0};
    g.name = name;
    g.kind = kind;
    g.loc = loc;
    vec_push(&M_->globals, g);
    return &vec_last(&M_->globals);
}

/* ---- constant folding (Python semantics) ----
 * Python ints are unbounded: intermediate results are kept in 128 bits
 * (private kind FC_BIG, value in the arena) so -(2 ** 63) folds; a value
 * that is not within int64 when it is stored makes the name opaque. */

typedef __int128 i128;
#define FC_BIG ((FeConstKind)100)
static _Thread_local Arena *fold_arena; /* the module's, for FC_BIG values */

static bool get_int(const FeConst *c, i128 *v)
{
    switch ((int)c->kind) {
    case FC_BOOL:
        *v = c->v.b;
        return true;
    case FC_INT:
        *v = c->v.i;
        return true;
    case FC_BIG:
        *v = *(const i128 *)(const void *)c->v.s;
        return true;
    default:
        return false;
    }
}
static FeConst mkint(i128 v)
{
    FeConst c = {.kind = FC_INT};
    if (v >= INT64_MIN && v <= INT64_MAX) {
        c.v.i = (int64_t)v;
        return c;
    }
    i128 *box = arena_alloc(fold_arena, sizeof(i128));
    *box = v;
    c.kind = FC_BIG;
    c.v.s = (const char *)(void *)box;
    return c;
}
/* Can the value be frozen (no int outside int64, recursively)? */
static bool storable(const FeConst *c)
{
    if ((int)c->kind == FC_BIG)
        return false;
    if (c->kind == FC_TUPLE)
        for (int i = 0; i < c->v.tuple.n; i++)
            if (!storable(&c->v.tuple.items[i]))
                return false;
    return true;
}

static bool truthy(const FeConst *c)
{
    switch (c->kind) {
    case FC_NONE:
        return false;
    case FC_BOOL:
        return c->v.b;
    case FC_INT:
        return c->v.i != 0;
    case FC_FLOAT:
        return c->v.f != 0.0;
    case FC_STR:
        return c->v.s[0] != 0;
    case FC_TUPLE:
        return c->v.tuple.n != 0;
    }
    return (int)c->kind == FC_BIG; /* never zero */
}

static bool is_num(const FeConst *c)
{
    return c->kind == FC_BOOL || c->kind == FC_INT || c->kind == FC_FLOAT || (int)c->kind == FC_BIG;
}
static i128 as_int(const FeConst *c)
{
    i128 v = 0;
    get_int(c, &v);
    return v;
}
static double as_float(const FeConst *c)
{
    return c->kind == FC_FLOAT ? c->v.f : (double)as_int(c);
}
/* A number as a long double (ints beyond 2**64 lose bits; only compares). */
static long double as_ld(const FeConst *c)
{
    return c->kind == FC_FLOAT ? (long double)c->v.f : (long double)as_int(c);
}
static FeConst cint(i128 v)
{
    return mkint(v);
}
static FeConst cfloat(double v)
{
    FeConst c = {.kind = FC_FLOAT};
    c.v.f = v;
    return c;
}
static FeConst cbool(bool v)
{
    FeConst c = {.kind = FC_BOOL};
    c.v.b = v;
    return c;
}

/* CPython's float floor division / modulo (floatobject.c float_divmod). */
static void float_divmod(double vx, double wx, double *floordiv, double *modv)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modv = mod;
}

static bool fold_binop(int op, const FeConst *a, const FeConst *b, FeConst *out, Arena *ar,
                       Interner *in)
{
    if (a->kind == FC_STR && b->kind == FC_STR && op == BIN_ADD) {
        char *s = sup_asprintf("%s%s", a->v.s, b->v.s);
        out->kind = FC_STR;
        out->v.s = intern(in, s);
        free(s);
        return true;
    }
    if (a->kind == FC_TUPLE && b->kind == FC_TUPLE && op == BIN_ADD) {
        int n = a->v.tuple.n + b->v.tuple.n;
        FeConst *items = ARENA_NEWN(ar, FeConst, n ? n : 1);
        for (int i = 0; i < a->v.tuple.n; i++)
            items[i] = a->v.tuple.items[i];
        for (int i = 0; i < b->v.tuple.n; i++)
            items[a->v.tuple.n + i] = b->v.tuple.items[i];
        out->kind = FC_TUPLE;
        out->v.tuple.n = n;
        out->v.tuple.items = items;
        return true;
    }
    if (!is_num(a) || !is_num(b))
        return false;
    if (a->kind == FC_FLOAT || b->kind == FC_FLOAT) {
        double x = as_float(a), y = as_float(b), r, m;
        switch (op) {
        case BIN_ADD:
            *out = cfloat(x + y);
            return true;
        case BIN_SUB:
            *out = cfloat(x - y);
            return true;
        case BIN_MUL:
            *out = cfloat(x * y);
            return true;
        case BIN_TRUEDIV:
            if (y == 0.0)
                return false;
            *out = cfloat(x / y);
            return true;
        case BIN_FLOORDIV:
        case BIN_MOD:
            if (y == 0.0)
                return false;
            float_divmod(x, y, &r, &m);
            *out = cfloat(op == BIN_MOD ? m : r);
            return true;
        case BIN_POW:
            if (y == 0.0) {
                *out = cfloat(1.0);
                return true;
            }
            if (isnan(x) || isnan(y)) {
                *out = cfloat(x == 1.0 ? 1.0 : NAN);
                return true;
            }
            if (x == 0.0 && y < 0.0)
                return false; /* ZeroDivisionError */
            if (x < 0.0 && isfinite(x) && isfinite(y) && floor(y) != y)
                return false; /* complex result */
            r = pow(x, y);
            if (isinf(r) && isfinite(x) && isfinite(y))
                return false; /* OverflowError */
            *out = cfloat(r);
            return true;
        default:
            return false;
        }
    }
    i128 x = as_int(a), y = as_int(b), r;
    bool both_bool = a->kind == FC_BOOL && b->kind == FC_BOOL;
    switch (op) {
    case BIN_ADD:
        if (__builtin_add_overflow(x, y, &r))
            return false;
        *out = cint(r);
        return true;
    case BIN_SUB:
        if (__builtin_sub_overflow(x, y, &r))
            return false;
        *out = cint(r);
        return true;
    case BIN_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return false;
        *out = cint(r);
        return true;
    case BIN_TRUEDIV:
        if (y == 0)
            return false;
        *out = cfloat((double)((long double)x / (long double)y));
        return true;
    case BIN_FLOORDIV:
    case BIN_MOD:
        if (y == 0)
            return false;
        if (y == -1) {
            if (op == BIN_MOD) {
                *out = cint(0);
                return true;
            }
            if (__builtin_sub_overflow((i128)0, x, &r))
                return false;
            *out = cint(r);
            return true;
        }
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        if (op == BIN_FLOORDIV) {
            *out = cint(r);
        } else {
            i128 m = x % y;
            if (m != 0 && ((m < 0) != (y < 0)))
                m += y;
            *out = cint(m);
        }
        return true;
    case BIN_POW: {
        if (y < 0) {
            if (x == 0)
                return false; /* ZeroDivisionError */
            *out = cfloat(pow((double)x, (double)y));
            return true;
        }
        i128 acc = 1, base = x;
        i128 e = y;
        while (e) {
            if ((e & 1) && __builtin_mul_overflow(acc, base, &acc))
                return false;
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base))
                return false;
        }
        *out = cint(acc);
        return true;
    }
    case BIN_LSHIFT:
        if (y < 0)
            return false; /* ValueError */
        if (x == 0) {
            *out = cint(0);
            return true;
        }
        if (y >= 126 || __builtin_mul_overflow(x, (i128)1 << y, &r))
            return false;
        *out = cint(r);
        return true;
    case BIN_RSHIFT:
        if (y < 0)
            return false;
        *out = cint(y >= 127 ? (x < 0 ? -1 : 0) : x >> y);
        return true;
    case BIN_AND:
        *out = both_bool ? cbool(x & y) : cint(x & y);
        return true;
    case BIN_OR:
        *out = both_bool ? cbool(x | y) : cint(x | y);
        return true;
    case BIN_XOR:
        *out = both_bool ? cbool(x ^ y) : cint(x ^ y);
        return true;
    default:
        return false;
    }
}

static bool const_eq(const FeConst *a, const FeConst *b, bool *res)
{
    if (is_num(a) && is_num(b)) {
        if (a->kind == FC_FLOAT || b->kind == FC_FLOAT)
            *res = as_ld(a) == as_ld(b);
        else
            *res = as_int(a) == as_int(b);
        return true;
    }
    if (a->kind != b->kind) {
        *res = false;
        return true;
    }
    switch (a->kind) {
    case FC_NONE:
        *res = true;
        return true;
    case FC_STR:
        *res = strcmp(a->v.s, b->v.s) == 0;
        return true;
    case FC_TUPLE:
        if (a->v.tuple.n != b->v.tuple.n) {
            *res = false;
            return true;
        }
        for (int i = 0; i < a->v.tuple.n; i++) {
            if (!const_eq(&a->v.tuple.items[i], &b->v.tuple.items[i], res))
                return false;
            if (!*res)
                return true;
        }
        *res = true;
        return true;
    default:
        return false;
    }
}

static bool fold_compare(int op, const FeConst *a, const FeConst *b, bool *res)
{
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (!const_eq(a, b, res))
            return false;
        if (op == CMP_NE)
            *res = !*res;
        return true;
    case CMP_IS:
    case CMP_IS_NOT:
        if (!(a->kind == FC_NONE || b->kind == FC_NONE ||
              (a->kind == FC_BOOL && b->kind == FC_BOOL)))
            return false;
        *res = a->kind == b->kind && (a->kind == FC_NONE || a->v.b == b->v.b);
        if (op == CMP_IS_NOT)
            *res = !*res;
        return true;
    case CMP_IN:
    case CMP_NOT_IN:
        if (b->kind != FC_TUPLE)
            return false;
        *res = false;
        for (int i = 0; i < b->v.tuple.n; i++) {
            bool e;
            if (!const_eq(a, &b->v.tuple.items[i], &e))
                return false;
            if (e)
                *res = true;
        }
        if (op == CMP_NOT_IN)
            *res = !*res;
        return true;
    default:
        break;
    }
    int c;
    if (is_num(a) && is_num(b)) {
        long double x = as_ld(a), y = as_ld(b);
        if (x != x || y != y) {
            *res = false;
            return true;
        }
        c = x < y ? -1 : x > y ? 1 : 0;
    } else if (a->kind == FC_STR && b->kind == FC_STR) {
        c = strcmp(a->v.s, b->v.s);
    } else
        return false;
    switch (op) {
    case CMP_LT:
        *res = c < 0;
        break;
    case CMP_LE:
        *res = c <= 0;
        break;
    case CMP_GT:
        *res = c > 0;
        break;
    case CMP_GE:
        *res = c >= 0;
        break;
    default:
        return false;
    }
    return true;
}

/* Well-known float constants of math / numpy. */
static bool module_const(const char *module, const char *attr, FeConst *out)
{
    if (!module || !attr)
        return false;
    if (strcmp(module, "math") != 0 && strcmp(module, "numpy") != 0)
        return false;
    if (strcmp(attr, "pi") == 0)
        *out = cfloat(3.141592653589793);
    else if (strcmp(attr, "e") == 0)
        *out = cfloat(2.718281828459045);
    else if (strcmp(attr, "tau") == 0 && strcmp(module, "math") == 0)
        *out = cfloat(6.283185307179586);
    else if (strcmp(attr, "inf") == 0)
        *out = cfloat(INFINITY);
    else if (strcmp(attr, "nan") == 0)
        *out = cfloat(NAN);
    else
        return false;
    return true;
}

static bool fold(M *M_, const Node *e, FeConst *out)
{
    FeModule *m = M_->m;
    switch (e->kind) {
    case E_INT:
        if (e->flags)
            return false; /* beyond 2**64 */
        *out = cint((i128)e->ival);
        return true;
    case E_FLOAT:
        *out = cfloat(e->fval);
        return true;
    case E_TRUE:
        *out = cbool(true);
        return true;
    case E_FALSE:
        *out = cbool(false);
        return true;
    case E_NONE:
        out->kind = FC_NONE;
        return true;
    case E_STR:
        if (e->flags & (STR_BYTES | STR_FSTRING))
            return false;
        if ((int)strlen(e->sval) != e->slen)
            return false; /* embedded NUL */
        out->kind = FC_STR;
        out->v.s = intern(m->interner, e->sval);
        return true;
    case E_TUPLE: {
        int n = e->list.n;
        FeConst *items = ARENA_NEWN(&m->arena, FeConst, n ? n : 1);
        for (int i = 0; i < n; i++)
            if (e->list.items[i]->kind == E_STARRED || !fold(M_, e->list.items[i], &items[i]))
                return false;
        out->kind = FC_TUPLE;
        out->v.tuple.n = n;
        out->v.tuple.items = items;
        return true;
    }
    case E_NAME: {
        FeGlobal *g = lookup(M_, e->name);
        if (g && g->kind == FG_CONST) {
            *out = g->value;
            return true;
        }
        if (g && g->kind == FG_IMPORTED)
            return module_const(g->module, g->attr, out);
        return false;
    }
    case E_ATTR: {
        if (e->a->kind != E_NAME)
            return false;
        FeGlobal *g = lookup(M_, e->a->name);
        return g && g->kind == FG_MODULE && module_const(g->module, e->name, out);
    }
    case E_UNOP: {
        FeConst a;
        if (!fold(M_, e->a, &a))
            return false;
        switch (e->op) {
        case UN_NOT:
            *out = cbool(!truthy(&a));
            return true;
        case UN_NEG:
            if (a.kind == FC_FLOAT) {
                *out = cfloat(-a.v.f);
                return true;
            }
            if (!is_num(&a))
                return false;
            *out = cint(-as_int(&a));
            return true;
        case UN_POS:
            if (!is_num(&a))
                return false;
            *out = a.kind == FC_BOOL ? cint(as_int(&a)) : a;
            return true;
        case UN_INVERT:
            if (a.kind == FC_FLOAT || !is_num(&a))
                return false;
            *out = cint(~as_int(&a));
            return true;
        }
        return false;
    }
    case E_BINOP: {
        FeConst a, b;
        if (!fold(M_, e->a, &a) || !fold(M_, e->b, &b))
            return false;
        return fold_binop(e->op, &a, &b, out, &m->arena, m->interner);
    }
    case E_COMPARE: {
        FeConst l, r;
        if (!fold(M_, e->a, &l))
            return false;
        bool res = true;
        for (int i = 0; i < e->list.n; i++) {
            if (!fold(M_, e->list.items[i], &r))
                return false;
            if (!fold_compare(e->ops[i], &l, &r, &res))
                return false;
            if (!res)
                break;
            l = r;
        }
        *out = cbool(res);
        return true;
    }
    case E_BOOLOP: {
        for (int i = 0; i < e->list.n; i++) {
            if (!fold(M_, e->list.items[i], out))
                return false;
            bool t = truthy(out);
            if ((e->op == BOOL_AND && !t) || (e->op == BOOL_OR && t))
                return true;
        }
        return true;
    }
    case E_IFEXP: {
        FeConst t;
        if (!fold(M_, e->a, &t))
            return false;
        return fold(M_, truthy(&t) ? e->b : e->c, out);
    }
    case E_CALL: {
        /* int(), float(), abs() of constants (N = int(1e6)). */
        if (e->a->kind != E_NAME || e->list.n != 1 || e->list2.n != 0 || lookup(M_, e->a->name))
            return false;
        FeConst a;
        if (!fold(M_, e->list.items[0], &a) || !is_num(&a))
            return false;
        const char *f = e->a->name;
        if (strcmp(f, "float") == 0) {
            *out = cfloat(as_float(&a));
            return true;
        }
        if (strcmp(f, "int") == 0) {
            if (a.kind != FC_FLOAT) {
                *out = cint(as_int(&a));
                return true;
            }
            double t = trunc(a.v.f);
            if (!(t >= -1.7e38 && t <= 1.7e38))
                return false;
            *out = cint((i128)t);
            return true;
        }
        if (strcmp(f, "abs") == 0) {
            if (a.kind == FC_FLOAT)
                *out = cfloat(fabs(a.v.f));
            else
                *out = cint(as_int(&a) < 0 ? -as_int(&a) : as_int(&a));
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

/* ---- module-level statements ---- */

static void bind_target(M *M_, const Node *t, const FeConst *value, bool conditional)
{
    if (t->kind == E_NAME) {
        FeGlobal *g = bind(M_, t->name, value ? FG_CONST : FG_OPAQUE, t->loc, conditional);
        if (g && value)
            g->value = *value;
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        bool destructure = value && value->kind == FC_TUPLE && value->v.tuple.n == t->list.n;
        for (int i = 0; i < t->list.n; i++) {
            const Node *x = t->list.items[i];
            if (x->kind == E_STARRED) {
                destructure = false;
                x = x->a;
            }
            bind_target(M_, x, destructure ? &value->v.tuple.items[i] : NULL, conditional);
        }
    } else if (t->kind == E_STARRED)
        bind_target(M_, t->a, NULL, conditional);
}

static void bind_import(M *M_, const Node *s, bool conditional)
{
    Interner *in = M_->m->interner;
    if (s->kind == S_IMPORT) {
        for (int i = 0; i < s->list.n; i++) {
            const Node *al = s->list.items[i];
            const char *full = al->name;
            FeGlobal *g;
            if (al->a) {
                g = bind(M_, al->a->name, FG_MODULE, al->loc, conditional);
                if (g)
                    g->module = full;
            } else {
                /* `import a.b` binds `a` */
                const char *dot = strchr(full, '.');
                const char *top = dot ? intern_n(in, full, (size_t)(dot - full)) : full;
                g = bind(M_, top, FG_MODULE, al->loc, conditional);
                if (g)
                    g->module = top;
            }
        }
        return;
    }
    /* from X import a [as b] */
    for (int i = 0; i < s->list.n; i++) {
        const Node *al = s->list.items[i];
        if (strcmp(al->name, "*") == 0 || s->op > 0 || !s->name)
            continue;
        FeGlobal *g = bind(M_, al->a ? al->a->name : al->name, FG_IMPORTED, al->loc, conditional);
        if (g) {
            g->module = s->name;
            g->attr = al->name;
        }
    }
}

static void module_stmts(M *M_, NodeList body, bool conditional);

static void module_stmt(M *M_, const Node *s, bool conditional)
{
    FeConst v;
    switch (s->kind) {
    case S_IMPORT:
    case S_IMPORTFROM:
        bind_import(M_, s, conditional);
        break;
    case S_ASSIGN: {
        bool ok = !conditional && fold(M_, s->a, &v) && storable(&v);
        for (int i = 0; i < s->list.n; i++)
            bind_target(M_, s->list.items[i], ok ? &v : NULL, conditional);
        break;
    }
    case S_ANNASSIGN:
        if (s->c) {
            bool ok = !conditional && fold(M_, s->c, &v) && storable(&v);
            bind_target(M_, s->a, ok ? &v : NULL, conditional);
        }
        break;
    case S_AUGASSIGN:
        if (s->a->kind == E_NAME) {
            FeGlobal *g = lookup(M_, s->a->name);
            FeConst b, r;
            bool ok = !conditional && g && g->kind == FG_CONST && fold(M_, s->b, &b) &&
                      fold_binop(s->op, &g->value, &b, &r, &M_->m->arena, M_->m->interner) &&
                      storable(&r);
            bind_target(M_, s->a, ok ? &r : NULL, conditional);
        }
        break;
    case S_CLASS:
        bind(M_, s->name, FG_OPAQUE, s->loc, conditional);
        break;
    case S_DEF:
        if (conditional)
            bind(M_, s->name, FG_OPAQUE, s->loc, true);
        break; /* top-level defs are handled by the caller */
    case S_FOR:
        bind_target(M_, s->a, NULL, true);
        module_stmts(M_, s->list, true);
        module_stmts(M_, s->list2, true);
        break;
    case S_IF:
    case S_WHILE:
        module_stmts(M_, s->list, true);
        module_stmts(M_, s->list2, true);
        break;
    case S_WITH:
        for (int i = 0; i < s->list.n; i++)
            if (s->list.items[i]->b)
                bind_target(M_, s->list.items[i]->b, NULL, true);
        module_stmts(M_, s->list2, true);
        break;
    case S_TRY:
        module_stmts(M_, s->list, true);
        for (int i = 0; i < s->list2.n; i++)
            module_stmts(M_, s->list2.items[i]->list, true);
        module_stmts(M_, s->list3, true);
        module_stmts(M_, s->list4, true);
        break;
    default:
        break;
    }
}

static void module_stmts(M *M_, NodeList body, bool conditional)
{
    for (int i = 0; i < body.n; i++)
        module_stmt(M_, body.items[i], conditional);
}

/* ---- decorators ---- */

static bool is_jit_module(const char *mod)
{
    return mod && (strcmp(mod, "pyjit") == 0 || strcmp(mod, "numba") == 0);
}
static bool is_jit_name(const char *n)
{
    return strcmp(n, "jit") == 0 || strcmp(n, "njit") == 0;
}

/* Is `e` a reference to pyjit/numba jit or njit? */
static bool is_jit_ref(M *M_, const Node *e)
{
    if (e->kind == E_NAME) {
        FeGlobal *g = lookup(M_, e->name);
        if (!g)
            return is_jit_name(e->name);
        return g->kind == FG_IMPORTED && is_jit_module(g->module) && is_jit_name(g->attr);
    }
    if (e->kind == E_ATTR && e->a->kind == E_NAME && is_jit_name(e->name)) {
        FeGlobal *g = lookup(M_, e->a->name);
        if (!g)
            return is_jit_module(e->a->name);
        return g->kind == FG_MODULE && is_jit_module(g->module);
    }
    return false;
}

static void dotted_name(StrBuf *sb, const Node *e)
{
    if (e->kind == E_NAME)
        sb_puts(sb, e->name);
    else if (e->kind == E_ATTR) {
        dotted_name(sb, e->a);
        sb_putc(sb, '.');
        sb_puts(sb, e->name);
    } else if (e->kind == E_CALL)
        dotted_name(sb, e->a);
    else
        sb_puts(sb, "<expression>");
}

typedef Vec(const char *) StrVec;

static void add_sig(M *M_, FeFunction *fn, StrVec *sigs, const Node *e)
{
    FeConst c;
    if (e->kind == E_LIST || e->kind == E_TUPLE) {
        for (int i = 0; i < e->list.n; i++)
            add_sig(M_, fn, sigs, e->list.items[i]);
        return;
    }
    if (!fold(M_, e, &c) || c.kind != FC_STR) {
        diag_add(M_->diags, DIAG_ERROR, "TypeError", M_->m->filename, e->loc,
                 "the signature of @jit must be a string or a list of strings");
        return;
    }
    vec_push(sigs, c.v.s);
}

static void set_bool_option(M *M_, const Node *kw, bool *slot)
{
    FeConst c;
    if (!fold(M_, kw->a, &c) || (c.kind != FC_BOOL && c.kind != FC_INT)) {
        diag_add(M_->diags, DIAG_ERROR, "TypeError", M_->m->filename, kw->a->loc,
                 "option '%s' of @jit must be True or False", kw->name);
        return;
    }
    *slot = truthy(&c);
}

/* Reads the decorators of a def: sets fn->jitted, options, sigs. Errors go
 * to M_->diags for jitted defs, fn->diags otherwise. */
static void decorators(M *M_, FeFunction *fn, const Node *def)
{
    FeModule *m = M_->m;
    const Node *jit = NULL;
    for (int i = 0; i < def->list3.n; i++) {
        const Node *d = def->list3.items[i];
        if (is_jit_ref(M_, d) || (d->kind == E_CALL && is_jit_ref(M_, d->a)))
            jit = d;
    }
    fn->jitted = jit != NULL;
    fn->options.error_model = intern(m->interner, "python");
    for (int i = 0; i < def->list3.n; i++) {
        const Node *d = def->list3.items[i];
        if (d == jit)
            continue;
        StrBuf sb = {0};
        dotted_name(&sb, d);
        if (jit)
            diag_add(M_->diags, DIAG_ERROR, FE_KIND_UNSUPPORTED, m->filename, d->loc,
                     "decorator '%s' is not supported on @jit functions", sb.data);
        else
            diag_add(&fn->diags, DIAG_ERROR, FE_KIND_UNSUPPORTED, m->filename, d->loc,
                     "function '%s' has decorator '%s' and cannot be called from @jit code",
                     fn->name, sb.data);
        sb_free(&sb);
    }
    if (!jit)
        return;
    fn->sig_loc = jit->loc;
    if (jit->kind != E_CALL)
        return;
    StrVec sigs = {0};
    for (int i = 0; i < jit->list.n; i++) {
        const Node *a = jit->list.items[i];
        if (a->kind == E_STARRED) {
            diag_add(M_->diags, DIAG_ERROR, "TypeError", m->filename, a->loc,
                     "the signature of @jit must be a string or a list of strings");
            continue;
        }
        add_sig(M_, fn, &sigs, a);
    }
    for (int i = 0; i < jit->list2.n; i++) {
        const Node *kw = jit->list2.items[i];
        const char *k = kw->name;
        if (!k) {
            diag_add(M_->diags, DIAG_ERROR, "TypeError", m->filename, kw->loc,
                     "**kwargs are not supported in @jit options");
            continue;
        }
        bool dummy;
        if (strcmp(k, "nopython") == 0)
            set_bool_option(M_, kw, &dummy);
        else if (strcmp(k, "nogil") == 0)
            set_bool_option(M_, kw, &fn->options.nogil);
        else if (strcmp(k, "cache") == 0)
            set_bool_option(M_, kw, &fn->options.cache);
        else if (strcmp(k, "parallel") == 0)
            set_bool_option(M_, kw, &fn->options.parallel);
        else if (strcmp(k, "fastmath") == 0)
            set_bool_option(M_, kw, &fn->options.fastmath);
        else if (strcmp(k, "debug") == 0)
            set_bool_option(M_, kw, &fn->options.debug);
        else if (strcmp(k, "boundscheck") == 0) {
            FeConst c;
            if (fold(M_, kw->a, &c) && c.kind == FC_NONE)
                continue; /* boundscheck=None: the default */
            set_bool_option(M_, kw, &fn->options.boundscheck);
            fn->options.boundscheck_set = true;
        } else if (strcmp(k, "error_model") == 0) {
            FeConst c;
            if (!fold(M_, kw->a, &c) || c.kind != FC_STR ||
                (strcmp(c.v.s, "python") != 0 && strcmp(c.v.s, "numpy") != 0))
                diag_add(M_->diags, DIAG_ERROR, "TypeError", m->filename, kw->a->loc,
                         "option 'error_model' of @jit must be 'python' or 'numpy'");
            else
                fn->options.error_model = c.v.s;
        } else if (strcmp(k, "signature_or_function") == 0) {
            add_sig(M_, fn, &sigs, kw->a);
        } else {
            diag_add(M_->diags, DIAG_ERROR, "TypeError", m->filename, kw->loc,
                     "unknown @jit option '%s'", k);
        }
    }
    fn->nsigs = sigs.len;
    fn->sigs = ARENA_NEWN(&m->arena, const char *, sigs.len ? sigs.len : 1);
    for (int i = 0; i < sigs.len; i++)
        fn->sigs[i] = sigs.data[i];
    vec_free(&sigs);
}

/* Defaults of parameters, frozen like module constants. */
static void defaults(M *M_, FeFunction *fn, const Node *def, DiagList *errs)
{
    fn->defaults = ARENA_NEWN(&M_->m->arena, FeConst *, fn->nparams ? fn->nparams : 1);
    int k = 0;
    for (int i = 0; i < def->list.n && k < fn->nparams; i++) {
        const Node *prm = def->list.items[i];
        if (prm->op != PARAM_POSONLY && prm->op != PARAM_NORMAL)
            continue;
        if (prm->b) {
            FeConst *c = ARENA_NEW(&M_->m->arena, FeConst);
            if (fold(M_, prm->b, c) && storable(c))
                fn->defaults[k] = c;
            else
                diag_add(errs, DIAG_ERROR, FE_KIND_UNSUPPORTED, M_->m->filename, prm->b->loc,
                         "the default value of parameter '%s' must be a constant", prm->name);
        }
        k++;
    }
}

FeModule *fe_load_module(const char *filename, const char *source, Interner *in, DiagList *diags)
{
    FeModule *m = sup_calloc(1, sizeof *m);
    arena_init(&m->arena);
    m->filename = arena_strdup(&m->arena, filename ? filename : "<string>");
    m->source = arena_strdup(&m->arena, source ? source : "");
    m->interner = in;
    NodeList body;
    if (!fe_parse(m->filename, m->source, &m->arena, in, diags, &body)) {
        fe_module_free(m);
        return NULL;
    }
    int errors0 = diags->nerrors;
    M M_ = {.m = m, .diags = diags};
    fold_arena = &m->arena;
    for (int i = 0; i < body.n; i++) {
        const Node *s = body.items[i];
        if (s->kind != S_DEF) {
            module_stmt(&M_, s, false);
            continue;
        }
        FeFunction *fn = ARENA_NEW(&m->arena, FeFunction);
        fn->name = s->name;
        fn->loc = s->loc;
        fn->module = m;
        diag_init(&fn->diags);
        decorators(&M_, fn, s);
        /* Body errors are lazy, as in Numba: reported when the function is
         * compiled (eager signatures compile at load) or by `pyjit check`. */
        DiagList *errs = &fn->diags;
        struct timespec b0, b1; /* bytecode time, for `pyjit run --time` */
        clock_gettime(CLOCK_MONOTONIC, &b0);
        fe_compile_function(m, fn, s, errs);
        clock_gettime(CLOCK_MONOTONIC, &b1);
        m->bytecode_ms +=
            (double)(b1.tv_sec - b0.tv_sec) * 1e3 + (double)(b1.tv_nsec - b0.tv_nsec) / 1e6;
        defaults(&M_, fn, s, errs);
        vec_push(&M_.funcs, fn);
        FeGlobal *g = bind(&M_, fn->name, FG_FUNCTION, fn->loc, false);
        g->func = fn;
    }
    m->nglobals = M_.globals.len;
    m->globals = ARENA_NEWN(&m->arena, FeGlobal, M_.globals.len ? M_.globals.len : 1);
    if (M_.globals.len)
        memcpy(m->globals, M_.globals.data, sizeof(FeGlobal) * (size_t)M_.globals.len);
    m->nfuncs = M_.funcs.len;
    m->funcs = ARENA_NEWN(&m->arena, FeFunction *, M_.funcs.len ? M_.funcs.len : 1);
    if (M_.funcs.len)
        memcpy(m->funcs, M_.funcs.data, sizeof(FeFunction *) * (size_t)M_.funcs.len);
    vec_free(&M_.globals);
    vec_free(&M_.funcs);
    if (diags->nerrors > errors0) {
        fe_module_free(m);
        return NULL;
    }
    return m;
}

void fe_module_free(FeModule *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->nfuncs; i++)
        diag_free(&m->funcs[i]->diags);
    arena_free(&m->arena);
    free(m);
}

FeFunction *fe_module_function(const FeModule *m, const char *name)
{
    if (!m || !name)
        return NULL;
    for (int i = m->nfuncs - 1; i >= 0; i--)
        if (m->funcs[i]->name == name || strcmp(m->funcs[i]->name, name) == 0)
            return m->funcs[i];
    return NULL;
}

const FeGlobal *fe_module_global(const FeModule *m, const char *name)
{
    if (!m || !name)
        return NULL;
    for (int i = m->nglobals - 1; i >= 0; i--)
        if (m->globals[i].name == name || strcmp(m->globals[i].name, name) == 0)
            return &m->globals[i];
    return NULL;
}

/* typeinfer/templates.c — typing rules as tables of templates.
 * Input: an operation (BINARY/UNARY/COMPARE/INDEX/GET_ITER or a call of a
 * builtin / math function / exception class) and its operand types.
 * Output: the resolved signature (operands' conversion targets, result
 * type) or a diagnostic. The first template whose operand classes match
 * decides; no template → "unsupported operand type(s)". */
#include "internal.h"

#include <math.h>
#include <string.h>

/* ---- operand classes ---- */

enum {
    K_BOOL = 1,
    K_INT = 2,
    K_FLOAT = 4,
    K_TUPLE = 8,
    K_NONE = 16,
    K_STR = 32,
    K_OTHER = 64,
    K_INTLIKE = K_BOOL | K_INT,
    K_NUM = K_BOOL | K_INT | K_FLOAT,
    K_ANY = 127,
};

static unsigned klass(const Type *t)
{
    if (t->kind == TY_BOOL)
        return K_BOOL;
    if (ti_is_int(t))
        return K_INT;
    if (ti_is_float(t))
        return K_FLOAT;
    switch (t->kind) {
    case TY_TUPLE:
        return K_TUPLE;
    case TY_NONE:
        return K_NONE;
    case TY_STRLIT:
        return K_STR;
    default:
        return K_OTHER;
    }
}

/* Python's name for a type in "unsupported operand" messages: ours. */
static const char *tn(const Type *t)
{
    return t->name;
}

static const Type *I64(void)
{
    return ti_scalar(TY_INT64);
}

static const Type *F64(void)
{
    return ti_scalar(TY_FLOAT64);
}

static const Type *BOOL(void)
{
    return ti_scalar(TY_BOOL);
}

static bool sig2(TiOp *op, const Type *a, const Type *b, const Type *ret)
{
    op->sig[0] = a;
    op->sig[1] = b;
    op->ret = ret;
    return true;
}

/* Operator spellings (our copy of the frontend's tables). */
static const char *const binop_names[BIN__COUNT] = {
#define X(e, s) [e] = s,
    FE_BINOPS(X)
#undef X
};
static const char *const unop_names[UN__COUNT] = {
#define X(e, s) [e] = s,
    FE_UNOPS(X)
#undef X
};
static const char *const cmpop_names[CMP__COUNT] = {
#define X(e, s) [e] = s,
    FE_CMPOPS(X)
#undef X
};

/* ---- BINARY ---- */

typedef bool (*BinRule)(TiOp *op, FeBinOp b, const Type *l, const Type *r);

static bool r_bool_bitwise(TiOp *op, FeBinOp b, const Type *l, const Type *r)
{
    return sig2(op, BOOL(), BOOL(), BOOL());
}

static bool r_int_arith(TiOp *op, FeBinOp b, const Type *l, const Type *r)
{
    const Type *t = ti_int_result(l, r);
    return sig2(op, t, t, t);
}

static bool r_int_truediv(TiOp *op, FeBinOp b, const Type *l, const Type *r)
{
    return sig2(op, F64(), F64(), F64());
}

static bool r_float_arith(TiOp *op, FeBinOp b, const Type *l, const Type *r)
{
    const Type *t = ti_unify(op->tt, l, r);
    if (!ti_is_float(t))
        t = F64();
    return sig2(op, t, t, t);
}

static bool r_tuple_concat(TiOp *op, FeBinOp b, const Type *l, const Type *r)
{
    int n = l->nitems + r->nitems;
    const Type *items[n > 0 ? n : 1];
    for (int i = 0; i < l->nitems; i++)
        items[i] = l->items[i];
    for (int i = 0; i < r->nitems; i++)
        items[l->nitems + i] = r->items[i];
    return sig2(op, l, r, ti_tuple(op->tt, n, items));
}

#define B(x) (1u << (x))
static const struct {
    unsigned ops, lhs, rhs;
    BinRule rule;
} bin_templates[] = {
    {B(BIN_AND) | B(BIN_OR) | B(BIN_XOR), K_BOOL, K_BOOL, r_bool_bitwise},
    {B(BIN_ADD) | B(BIN_SUB) | B(BIN_MUL) | B(BIN_FLOORDIV) | B(BIN_MOD) | B(BIN_POW) |
         B(BIN_LSHIFT) | B(BIN_RSHIFT) | B(BIN_AND) | B(BIN_OR) | B(BIN_XOR),
     K_INTLIKE, K_INTLIKE, r_int_arith},
    {B(BIN_TRUEDIV), K_INTLIKE, K_INTLIKE, r_int_truediv},
    /* at least one float here: the int/int rows matched first */
    {B(BIN_ADD) | B(BIN_SUB) | B(BIN_MUL) | B(BIN_TRUEDIV) | B(BIN_FLOORDIV) | B(BIN_MOD) |
         B(BIN_POW),
     K_NUM, K_NUM, r_float_arith},
    {B(BIN_ADD), K_TUPLE, K_TUPLE, r_tuple_concat},
};

bool ti_type_binary(TiOp *op, FeBinOp b)
{
    const Type *l = op->args[0], *r = op->args[1];
    unsigned kl = klass(l), kr = klass(r);
    for (size_t i = 0; i < sizeof bin_templates / sizeof bin_templates[0]; i++) {
        if ((bin_templates[i].ops & B(b)) && (bin_templates[i].lhs & kl) &&
            (bin_templates[i].rhs & kr))
            return bin_templates[i].rule(op, b, l, r);
    }
    if (b == BIN_MATMUL && (kl & K_NUM) && (kr & K_NUM))
        return ti_op_error(op, "TypingError",
                           "unsupported operand type(s) for @: '%s' and '%s' (matrix "
                           "multiplication needs arrays)",
                           tn(l), tn(r));
    return ti_op_error(op, "TypingError", "unsupported operand type(s) for %s%s: '%s' and '%s'",
                       binop_names[b], op->inst->b ? "=" : "", tn(l), tn(r));
}

/* ---- UNARY ---- */

bool ti_has_truth(const Type *t)
{
    switch (klass(t)) {
    case K_BOOL:
    case K_INT:
    case K_FLOAT:
    case K_TUPLE:
    case K_NONE:
    case K_STR:
        return true;
    default:
        return t->kind == TY_RANGE;
    }
}

typedef bool (*UnRule)(TiOp *op, FeUnOp u, const Type *x);

static bool r_not(TiOp *op, FeUnOp u, const Type *x)
{
    if (!ti_has_truth(x))
        return ti_op_error(op, "TypingError", "cannot take the truth value of %s", tn(x));
    op->sig[0] = x;
    op->ret = BOOL();
    return true;
}

static bool r_neg_int(TiOp *op, FeUnOp u, const Type *x)
{
    const Type *t = ti_int_result(x, NULL);
    op->sig[0] = t;
    op->ret = t;
    return true;
}

static bool r_neg_float(TiOp *op, FeUnOp u, const Type *x)
{
    op->sig[0] = x;
    op->ret = x;
    return true;
}

static const struct {
    unsigned ops, arg;
    UnRule rule;
} un_templates[] = {
    {B(UN_NOT), K_ANY, r_not},
    {B(UN_NEG) | B(UN_POS) | B(UN_INVERT), K_INTLIKE, r_neg_int},
    {B(UN_NEG) | B(UN_POS), K_FLOAT, r_neg_float},
};

bool ti_type_unary(TiOp *op, FeUnOp u)
{
    const Type *x = op->args[0];
    unsigned k = klass(x);
    for (size_t i = 0; i < sizeof un_templates / sizeof un_templates[0]; i++)
        if ((un_templates[i].ops & B(u)) && (un_templates[i].arg & k))
            return un_templates[i].rule(op, u, x);
    return ti_op_error(op, "TypingError", "bad operand type for unary %s: '%s'", unop_names[u],
                       tn(x));
}

/* ---- COMPARE ---- */

typedef bool (*CmpRule)(TiOp *op, FeCmpOp c, const Type *l, const Type *r);

static bool r_num_cmp(TiOp *op, FeCmpOp c, const Type *l, const Type *r)
{
    const Type *t = ti_unify(op->tt, l, r);
    return sig2(op, t, t, BOOL());
}

static bool r_is(TiOp *op, FeCmpOp c, const Type *l, const Type *r)
{
    return sig2(op, l, r, BOOL());
}

static bool r_tuple_eq(TiOp *op, FeCmpOp c, const Type *l, const Type *r)
{
    if (l->nitems != r->nitems)
        return ti_op_error(op, "NotImplementedError",
                           "comparing tuples of different lengths (%s and %s) is not supported",
                           tn(l), tn(r));
    const Type *t = ti_unify(op->tt, l, r);
    if (!t)
        return ti_op_error(op, "TypingError", "cannot compare %s and %s", tn(l), tn(r));
    for (int i = 0; i < t->nitems; i++)
        if (!ti_is_number(t->items[i]))
            return ti_op_error(op, "NotImplementedError",
                               "comparing tuples of %s is not supported yet", tn(t->items[i]));
    return sig2(op, t, t, BOOL());
}

#define ORDER (B(CMP_LT) | B(CMP_LE) | B(CMP_GT) | B(CMP_GE))
#define EQNE (B(CMP_EQ) | B(CMP_NE))
static const struct {
    unsigned ops, lhs, rhs;
    CmpRule rule;
} cmp_templates[] = {
    {ORDER | EQNE, K_NUM, K_NUM, r_num_cmp},
    {B(CMP_IS) | B(CMP_IS_NOT), K_ANY, K_ANY, r_is},
    {EQNE, K_TUPLE, K_TUPLE, r_tuple_eq},
};

bool ti_type_compare(TiOp *op, FeCmpOp c)
{
    const Type *l = op->args[0], *r = op->args[1];
    unsigned kl = klass(l), kr = klass(r);
    for (size_t i = 0; i < sizeof cmp_templates / sizeof cmp_templates[0]; i++)
        if ((cmp_templates[i].ops & B(c)) && (cmp_templates[i].lhs & kl) &&
            (cmp_templates[i].rhs & kr))
            return cmp_templates[i].rule(op, c, l, r);
    if (c == CMP_IN || c == CMP_NOT_IN)
        return ti_op_error(op, "NotImplementedError", "'%s' is not supported yet", cmpop_names[c]);
    if ((kl | kr) & K_NONE)
        return ti_op_error(op, "TypingError",
                           "'%s' between '%s' and '%s' is not supported (use 'is' / 'is not' to "
                           "test for None)",
                           cmpop_names[c], tn(l), tn(r));
    return ti_op_error(op, "TypingError", "'%s' not supported between '%s' and '%s'",
                       cmpop_names[c], tn(l), tn(r));
}

/* ---- INDEX, iteration ---- */

bool ti_type_index(TiOp *op)
{
    const Type *obj = op->args[0], *idx = op->args[1];
    TiInst *in = op->inst;
    in->has_imm = false;
    if (obj->kind == TY_TUPLE) {
        if (!(klass(idx) & K_INTLIKE))
            return ti_op_error(op, "TypingError", "tuple indices must be integers, not %s",
                               tn(idx));
        if (op->isconst[1]) {
            int64_t i = op->cval[1];
            if (i < 0)
                i += obj->nitems;
            if (i < 0 || i >= obj->nitems)
                return ti_op_error(op, "TypingError", "tuple index out of range");
            in->has_imm = true;
            in->imm = i;
            return sig2(op, obj, I64(), obj->items[i]);
        }
        bool uniform = obj->nitems > 0;
        for (int i = 1; i < obj->nitems; i++)
            uniform = uniform && obj->items[i] == obj->items[0];
        if (!uniform)
            return ti_op_error(op, "TypingError",
                               "cannot index %s with a non-constant index (its items have "
                               "different types)",
                               tn(obj));
        return sig2(op, obj, I64(), obj->items[0]);
    }
    if (obj->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError", "array indexing is not supported yet");
    if (obj->kind == TY_STRLIT)
        return ti_op_error(op, "NotImplementedError", "indexing strings is not supported");
    return ti_op_error(op, "TypingError", "'%s' object is not subscriptable", tn(obj));
}

/* Item type of iterating a value of type `of` (range, tuple). */
static const Type *item_of(TiTypes *tt, const Type *of)
{
    switch (of->kind) {
    case TY_RANGE:
        return I64();
    case TY_TUPLE:
        return of->nitems > 0 ? of->items[0] : NULL;
    case TY_ENUMERATE: {
        const Type *items[2] = {I64(), item_of(tt, of->of)};
        return items[1] ? ti_tuple(tt, 2, items) : NULL;
    }
    case TY_ZIP: {
        const Type *items[of->nitems > 0 ? of->nitems : 1];
        for (int i = 0; i < of->nitems; i++)
            if (!(items[i] = item_of(tt, of->items[i])))
                return NULL;
        return ti_tuple(tt, of->nitems, items);
    }
    default:
        return NULL;
    }
}

const Type *ti_iter_item(TiTypes *tt, const Type *it)
{
    if (it->kind != TY_ITER)
        return NULL;
    return item_of(tt, it->of);
}

/* Can pyjit iterate over t (a range or a tuple of one item type)? Reports
 * why not. */
static bool check_iterable(TiOp *op, const Type *t)
{
    if (t->kind == TY_RANGE || t->kind == TY_ENUMERATE || t->kind == TY_ZIP)
        return true;
    if (t->kind == TY_TUPLE) {
        if (t->nitems == 0)
            return ti_op_error(op, "NotImplementedError",
                               "iterating over an empty tuple is not supported");
        for (int i = 1; i < t->nitems; i++)
            if (t->items[i] != t->items[0])
                return ti_op_error(op, "TypingError",
                                   "cannot iterate over %s: its items have different types", tn(t));
        return true;
    }
    if (t->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError", "iterating over arrays is not supported yet");
    return ti_op_error(op, "TypingError", "'%s' object is not iterable", tn(t));
}

bool ti_type_get_iter(TiOp *op)
{
    const Type *t = op->args[0];
    if (!check_iterable(op, t))
        return false;
    op->sig[0] = t;
    op->ret = ti_iter(op->tt, t);
    return true;
}

/* ---- calls of builtins ---- */

typedef bool (*CallRule)(TiOp *op, TiBuiltin b);

static const char *bname(TiBuiltin b)
{
    static char buf[BI__COUNT][32];
    const TiBuiltinInfo *bi = &ti_builtin_info[b];
    if (bi->module == BM_BUILTINS)
        return bi->name;
    /* "math.sqrt": built once per builtin; a benign race writes the same bytes */
    if (!buf[b][0]) {
        char tmp[32];
        size_t n = strlen(bi->name);
        const char *pre = bi->module == BM_MATH ? "math." : "numpy.";
        size_t pn = strlen(pre);
        if (pn + n + 1 > sizeof tmp)
            return bi->name;
        memcpy(tmp, pre, pn);
        memcpy(tmp + pn, bi->name, n + 1);
        memcpy(buf[b], tmp, pn + n + 1);
    }
    return buf[b];
}

static bool need_number(TiOp *op, TiBuiltin b, int i)
{
    if (klass(op->args[i]) & K_NUM)
        return true;
    return ti_op_error(op, "TypingError", "%s() argument %d must be a number, not %s", bname(b),
                       i + 1, tn(op->args[i]));
}

static bool need_integer(TiOp *op, TiBuiltin b, int i)
{
    if (klass(op->args[i]) & K_INTLIKE)
        return true;
    return ti_op_error(op, "TypingError", "'%s' object cannot be interpreted as an integer",
                       tn(op->args[i]));
}

static bool r_abs(TiOp *op, TiBuiltin b)
{
    if (!need_number(op, b, 0))
        return false;
    const Type *x = op->args[0];
    const Type *t = x->kind == TY_BOOL ? I64() : x;
    op->sig[0] = t;
    op->ret = t;
    return true;
}

static bool r_minmax(TiOp *op, TiBuiltin b)
{
    if (op->nargs == 1) {
        const Type *t = op->args[0];
        if (t->kind != TY_TUPLE)
            return ti_op_error(op, "TypingError", "'%s' object is not iterable", tn(t));
        if (t->nitems == 0)
            return ti_op_error(op, "TypingError", "%s() arg is an empty sequence", bname(b));
        const Type *u = NULL;
        for (int i = 0; i < t->nitems; i++) {
            if (!ti_is_number(t->items[i]))
                return ti_op_error(op, "TypingError", "%s() of %s is not supported", bname(b),
                                   tn(t));
            u = ti_unify(op->tt, u, t->items[i]);
        }
        op->sig[0] = t;
        op->ret = u;
        return true;
    }
    const Type *u = NULL;
    for (int i = 0; i < op->nargs; i++) {
        if (!need_number(op, b, i))
            return false;
        u = ti_unify(op->tt, u, op->args[i]);
    }
    for (int i = 0; i < op->nargs; i++)
        op->sig[i] = u;
    op->ret = u;
    return true;
}

static bool r_int(TiOp *op, TiBuiltin b)
{
    op->ret = I64();
    if (op->nargs == 0)
        return true;
    const Type *x = op->args[0];
    if (x->kind == TY_STRLIT)
        return ti_op_error(op, "NotImplementedError", "int() of a string is not supported");
    if (!need_number(op, b, 0))
        return false;
    op->sig[0] = ti_is_float(x) ? F64() : I64();
    return true;
}

static bool r_float(TiOp *op, TiBuiltin b)
{
    op->ret = F64();
    if (op->nargs == 0)
        return true;
    if (op->args[0]->kind == TY_STRLIT)
        return ti_op_error(op, "NotImplementedError", "float() of a string is not supported");
    if (!need_number(op, b, 0))
        return false;
    op->sig[0] = F64();
    return true;
}

static bool r_bool(TiOp *op, TiBuiltin b)
{
    op->ret = BOOL();
    if (op->nargs == 0)
        return true;
    if (!ti_has_truth(op->args[0]))
        return ti_op_error(op, "TypingError", "cannot take the truth value of %s", tn(op->args[0]));
    op->sig[0] = op->args[0];
    return true;
}

static bool r_round(TiOp *op, TiBuiltin b)
{
    if (!need_number(op, b, 0))
        return false;
    bool f = ti_is_float(op->args[0]);
    if (op->nargs == 1) {
        op->sig[0] = f ? F64() : I64();
        op->ret = I64();
        return true;
    }
    if (op->args[1]->kind == TY_NONE)
        return ti_op_error(op, "NotImplementedError",
                           "round(x, None) is not supported; use "
                           "round(x)");
    if (!need_integer(op, b, 1))
        return false;
    return sig2(op, f ? F64() : I64(), I64(), f ? F64() : I64());
}

/* Number of code points of UTF-8 text. */
static int64_t utf8_len(const char *s)
{
    int64_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static bool r_len(TiOp *op, TiBuiltin b)
{
    const Type *t = op->args[0];
    op->sig[0] = t;
    op->ret = I64();
    if (t->kind == TY_TUPLE || t->kind == TY_STRLIT) {
        op->is_const = true;
        op->konst.kind = FC_INT;
        op->konst.v.i = t->kind == TY_TUPLE ? t->nitems : utf8_len(t->str);
        return true;
    }
    if (t->kind == TY_RANGE)
        return true;
    if (t->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError", "len() of arrays is not supported yet");
    return ti_op_error(op, "TypingError", "object of type '%s' has no len()", tn(t));
}

static bool r_range(TiOp *op, TiBuiltin b)
{
    for (int i = 0; i < op->nargs; i++) {
        if (!need_integer(op, b, i))
            return false;
        op->sig[i] = I64();
    }
    op->ret = ti_range();
    return true;
}

static bool printable(const Type *t)
{
    if (ti_is_number(t) || t->kind == TY_NONE || t->kind == TY_STRLIT)
        return true;
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nitems; i++)
            if (!printable(t->items[i]))
                return false;
        return true;
    }
    return false;
}

static bool r_print(TiOp *op, TiBuiltin b)
{
    for (int i = 0; i < op->nargs; i++) {
        const Type *t = op->args[i];
        if (op->kwnames[i]) {
            if (strcmp(op->kwnames[i], "sep") && strcmp(op->kwnames[i], "end"))
                return ti_op_error(op, "NotImplementedError",
                                   "print() keyword argument '%s' is not supported",
                                   op->kwnames[i]);
            if (t->kind != TY_STRLIT && t->kind != TY_NONE)
                return ti_op_error(op, "TypingError",
                                   "print() argument '%s' must be a string literal or None, not %s",
                                   op->kwnames[i], tn(t));
        } else if (!printable(t)) {
            return ti_op_error(op, "NotImplementedError", "printing a %s is not supported", tn(t));
        }
        op->sig[i] = t;
    }
    op->ret = ti_scalar(TY_NONE);
    return true;
}

static bool simple_iterable(const Type *t)
{
    if (t->kind == TY_RANGE)
        return true;
    if (t->kind != TY_TUPLE || t->nitems == 0)
        return false;
    for (int i = 1; i < t->nitems; i++)
        if (t->items[i] != t->items[0])
            return false;
    return true;
}

static bool r_enumerate(TiOp *op, TiBuiltin b)
{
    if (op->nargs != 1)
        return ti_op_error(op, "NotImplementedError",
                           "enumerate() with a start value is not supported yet");
    if (!simple_iterable(op->args[0]))
        return ti_op_error(op, "NotImplementedError",
                           "enumerate() of %s is not supported (only ranges and tuples of one "
                           "item type)",
                           tn(op->args[0]));
    op->sig[0] = op->args[0];
    op->ret = ti_enumerate(op->tt, op->args[0]);
    return true;
}

static bool r_zip(TiOp *op, TiBuiltin b)
{
    if (op->nargs == 0)
        return ti_op_error(op, "NotImplementedError", "zip() without arguments is not supported");
    for (int i = 0; i < op->nargs; i++) {
        if (!simple_iterable(op->args[i]))
            return ti_op_error(op, "NotImplementedError",
                               "zip() of %s is not supported (only ranges and tuples of one "
                               "item type)",
                               tn(op->args[i]));
        op->sig[i] = op->args[i];
    }
    op->ret = ti_zip(op->tt, op->nargs, op->args);
    return true;
}

/* math: float64 in, float64 out (ints and bools converted). */
static bool r_math_float(TiOp *op, TiBuiltin b)
{
    for (int i = 0; i < op->nargs; i++) {
        if (!need_number(op, b, i))
            return false;
        op->sig[i] = F64();
    }
    op->ret = F64();
    return true;
}

/* floor/ceil/trunc: int64 result like Python 3; an int argument is returned
 * as is (sig int64), a float one converted (raises for NaN / inf). */
static bool r_math_round(TiOp *op, TiBuiltin b)
{
    if (!need_number(op, b, 0))
        return false;
    op->sig[0] = ti_is_float(op->args[0]) ? F64() : I64();
    op->ret = I64();
    return true;
}

static bool r_math_pred(TiOp *op, TiBuiltin b)
{
    if (!need_number(op, b, 0))
        return false;
    op->sig[0] = F64();
    op->ret = BOOL();
    return true;
}

static bool r_math_int(TiOp *op, TiBuiltin b)
{
    for (int i = 0; i < op->nargs; i++) {
        if (!need_integer(op, b, i))
            return false;
        op->sig[i] = I64();
    }
    op->ret = I64();
    return true;
}

static const struct {
    TiBuiltin b;
    int min, max;   /* argument counts; max -1: any */
    const char *kw; /* accepted keyword names, space-separated */
    CallRule rule;
} call_templates[] = {
    {BI_ABS, 1, 1, NULL, r_abs},
    {BI_MIN, 1, -1, NULL, r_minmax},
    {BI_MAX, 1, -1, NULL, r_minmax},
    {BI_INT, 0, 1, NULL, r_int},
    {BI_FLOAT, 0, 1, NULL, r_float},
    {BI_BOOL, 0, 1, NULL, r_bool},
    {BI_ROUND, 1, 2, "ndigits", r_round},
    {BI_LEN, 1, 1, NULL, r_len},
    {BI_RANGE, 1, 3, NULL, r_range},
    {BI_PRINT, 0, -1, "sep end", r_print},
    {BI_ENUMERATE, 1, 2, NULL, r_enumerate},
    {BI_ZIP, 0, -1, NULL, r_zip},
    {BI_MATH_SQRT, 1, 1, NULL, r_math_float},
    {BI_MATH_EXP, 1, 1, NULL, r_math_float},
    {BI_MATH_EXPM1, 1, 1, NULL, r_math_float},
    {BI_MATH_LOG, 1, 2, NULL, r_math_float},
    {BI_MATH_LOG1P, 1, 1, NULL, r_math_float},
    {BI_MATH_LOG2, 1, 1, NULL, r_math_float},
    {BI_MATH_LOG10, 1, 1, NULL, r_math_float},
    {BI_MATH_POW, 2, 2, NULL, r_math_float},
    {BI_MATH_SIN, 1, 1, NULL, r_math_float},
    {BI_MATH_COS, 1, 1, NULL, r_math_float},
    {BI_MATH_TAN, 1, 1, NULL, r_math_float},
    {BI_MATH_ASIN, 1, 1, NULL, r_math_float},
    {BI_MATH_ACOS, 1, 1, NULL, r_math_float},
    {BI_MATH_ATAN, 1, 1, NULL, r_math_float},
    {BI_MATH_SINH, 1, 1, NULL, r_math_float},
    {BI_MATH_COSH, 1, 1, NULL, r_math_float},
    {BI_MATH_TANH, 1, 1, NULL, r_math_float},
    {BI_MATH_ASINH, 1, 1, NULL, r_math_float},
    {BI_MATH_ACOSH, 1, 1, NULL, r_math_float},
    {BI_MATH_ATANH, 1, 1, NULL, r_math_float},
    {BI_MATH_ATAN2, 2, 2, NULL, r_math_float},
    {BI_MATH_HYPOT, 2, 2, NULL, r_math_float},
    {BI_MATH_FLOOR, 1, 1, NULL, r_math_round},
    {BI_MATH_CEIL, 1, 1, NULL, r_math_round},
    {BI_MATH_TRUNC, 1, 1, NULL, r_math_round},
    {BI_MATH_FABS, 1, 1, NULL, r_math_float},
    {BI_MATH_COPYSIGN, 2, 2, NULL, r_math_float},
    {BI_MATH_FMOD, 2, 2, NULL, r_math_float},
    {BI_MATH_ERF, 1, 1, NULL, r_math_float},
    {BI_MATH_ERFC, 1, 1, NULL, r_math_float},
    {BI_MATH_GAMMA, 1, 1, NULL, r_math_float},
    {BI_MATH_LGAMMA, 1, 1, NULL, r_math_float},
    {BI_MATH_ISNAN, 1, 1, NULL, r_math_pred},
    {BI_MATH_ISINF, 1, 1, NULL, r_math_pred},
    {BI_MATH_ISFINITE, 1, 1, NULL, r_math_pred},
    {BI_MATH_DEGREES, 1, 1, NULL, r_math_float},
    {BI_MATH_RADIANS, 1, 1, NULL, r_math_float},
    {BI_MATH_GCD, 0, -1, NULL, r_math_int},
    {BI_MATH_FACTORIAL, 1, 1, NULL, r_math_int},
};

static bool kw_accepted(const char *list, const char *name)
{
    if (!list)
        return false;
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && !strncmp(p, name, n))
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

bool ti_type_builtin_call(TiOp *op, TiBuiltin b)
{
    for (size_t i = 0; i < sizeof call_templates / sizeof call_templates[0]; i++) {
        if (call_templates[i].b != b)
            continue;
        int mn = call_templates[i].min, mx = call_templates[i].max, n = op->nargs;
        for (int k = 0; k < n; k++)
            if (op->kwnames[k] && !kw_accepted(call_templates[i].kw, op->kwnames[k]))
                return ti_op_error(op, "TypingError",
                                   call_templates[i].kw
                                       ? "%s() got an unexpected keyword argument '%s'"
                                       : "%s() takes no keyword arguments%.0s",
                                   bname(b), op->kwnames[k]);
        if (mn == mx && n != mn)
            return ti_op_error(op, "TypingError", "%s() takes exactly %d argument%s (%d given)",
                               bname(b), mn, mn == 1 ? "" : "s", n);
        if (n < mn)
            return ti_op_error(op, "TypingError", "%s() takes at least %d argument%s (%d given)",
                               bname(b), mn, mn == 1 ? "" : "s", n);
        if (mx >= 0 && n > mx)
            return ti_op_error(op, "TypingError", "%s() takes at most %d arguments (%d given)",
                               bname(b), mx, n);
        return call_templates[i].rule(op, b);
    }
    return ti_op_error(op, "NotImplementedError", "%s() is not supported yet", bname(b));
}

bool ti_type_exc_call(TiOp *op, const Type *cls)
{
    for (int k = 0; k < op->nargs; k++)
        if (op->kwnames[k])
            return ti_op_error(op, "TypingError", "%s() takes no keyword arguments", cls->str);
    if (op->nargs == 0) {
        op->ret = ti_exc(op->tt, cls->str, NULL);
        return true;
    }
    if (op->nargs == 1 && op->args[0]->kind == TY_STRLIT) {
        op->sig[0] = op->args[0];
        op->ret = ti_exc(op->tt, cls->str, op->args[0]->str);
        return true;
    }
    return ti_op_error(
        op, "NotImplementedError",
        "exception arguments must be a single string literal (got %d argument%s%s%s)", op->nargs,
        op->nargs == 1 ? "" : "s", op->nargs == 1 ? " of type " : "",
        op->nargs == 1 ? tn(op->args[0]) : "");
}

/* ---- names ---- */

bool ti_lookup_builtin_name(const char *name, TiBuiltin *out)
{
    for (int i = 0; i < BI__COUNT; i++)
        if (ti_builtin_info[i].module == BM_BUILTINS && !strcmp(ti_builtin_info[i].name, name)) {
            *out = (TiBuiltin)i;
            return true;
        }
    return false;
}

static const char *const exc_classes[] = {
    "ValueError",      "TypeError",           "ZeroDivisionError", "IndexError",
    "KeyError",        "RuntimeError",        "AssertionError",    "OverflowError",
    "ArithmeticError", "NotImplementedError", "Exception",         "MemoryError",
    "LookupError",     "FloatingPointError",
};

bool ti_is_exc_class_name(const char *name)
{
    for (size_t i = 0; i < sizeof exc_classes / sizeof exc_classes[0]; i++)
        if (!strcmp(exc_classes[i], name))
            return true;
    return false;
}

static const char *const py_builtins[] = {
    "sum",
    "list",
    "dict",
    "set",
    "str",
    "sorted",
    "reversed",
    "map",
    "filter",
    "any",
    "all",
    "divmod",
    "pow",
    "isinstance",
    "type",
    "iter",
    "next",
    "hash",
    "id",
    "input",
    "open",
    "chr",
    "ord",
    "hex",
    "oct",
    "bin",
    "complex",
    "format",
    "repr",
    "tuple",
    "object",
    "super",
    "slice",
    "callable",
    "getattr",
    "setattr",
    "hasattr",
    "vars",
    "globals",
    "locals",
    "dir",
    "frozenset",
    "bytearray",
    "bytes",
    "memoryview",
    "property",
    "exec",
    "eval",
    "compile",
    "ascii",
    "delattr",
    "issubclass",
    "breakpoint",
    "help",
    "BaseException",
    "StopIteration",
    "KeyboardInterrupt",
    "SystemExit",
    "OSError",
    "AttributeError",
    "NameError",
    "UnicodeError",
    "ImportError",
    "RecursionError",
};

bool ti_is_python_builtin_name(const char *name)
{
    for (size_t i = 0; i < sizeof py_builtins / sizeof py_builtins[0]; i++)
        if (!strcmp(py_builtins[i], name))
            return true;
    return false;
}

bool ti_lookup_math(const char *name, TiBuiltin *bi, bool *is_const, double *value)
{
    static const struct {
        const char *name;
        double value;
    } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    *is_const = false;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (!strcmp(consts[i].name, name)) {
            *is_const = true;
            *value = consts[i].value;
            return true;
        }
    for (int i = 0; i < BI__COUNT; i++)
        if (ti_builtin_info[i].module == BM_MATH && !strcmp(ti_builtin_info[i].name, name)) {
            *bi = (TiBuiltin)i;
            return true;
        }
    return false;
}

/* math functions CPython has and pyjit does not (yet): a clearer message
 * than "no attribute". */
bool ti_is_math_unsupported(const char *name)
{
    static const char *const names[] = {
        "cbrt", "comb",  "dist", "exp2",      "frexp", "fsum", "isclose",   "isqrt",
        "lcm",  "ldexp", "modf", "nextafter", "perm",  "prod", "remainder", "ulp",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i], name))
            return true;
    return false;
}

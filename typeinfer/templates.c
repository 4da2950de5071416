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
    if (ti_is_float(t)) {
        /* int64 with uint64: NumPy computes in float64, and has no bitwise loop */
        if (b == BIN_LSHIFT || b == BIN_RSHIFT || b == BIN_AND || b == BIN_OR || b == BIN_XOR)
            return ti_op_error(op, "TypingError",
                               "unsupported operand type(s) for %s: '%s' and '%s' (NumPy has no "
                               "bitwise operation between signed and unsigned 64-bit ints)",
                               binop_names[b], tn(l), tn(r));
    }
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

/* NumPy bools (np.bool_, array elements) with bools: + is logical or, * is
 * logical and, - is an error, // % ** << >> compute in int8. */
static bool numpy_bool_binary(TiOp *op, FeBinOp b)
{
    const Type *i8 = ti_scalar(TY_INT8);
    switch (b) {
    case BIN_ADD:
    case BIN_MUL:
    case BIN_AND:
    case BIN_OR:
    case BIN_XOR:
        return sig2(op, BOOL(), BOOL(), BOOL());
    case BIN_SUB:
        return ti_op_error(op, "TypingError",
                           "numpy boolean subtract, the `-` operator, is not supported, use the "
                           "bitwise_xor, the `^` operator, or the logical_xor function instead.");
    case BIN_TRUEDIV:
        return sig2(op, F64(), F64(), F64());
    case BIN_MATMUL:
        return ti_op_error(op, "TypingError",
                           "unsupported operand type(s) for @: 'bool' and 'bool'");
    default:
        return sig2(op, i8, i8, i8);
    }
}

bool ti_type_binary(TiOp *op, FeBinOp b)
{
    const Type *l = op->args[0], *r = op->args[1];
    unsigned kl = klass(l), kr = klass(r);
    if (op->npscalar && kl == K_BOOL && kr == K_BOOL)
        return numpy_bool_binary(op, b);
    for (size_t i = 0; i < sizeof bin_templates / sizeof bin_templates[0]; i++) {
        if ((bin_templates[i].ops & B(b)) && (bin_templates[i].lhs & kl) &&
            (bin_templates[i].rhs & kr))
            return bin_templates[i].rule(op, b, l, r);
    }
    if (l->kind == TY_ARRAY || r->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError",
                           "operator %s%s on whole arrays ('%s' and '%s') is not supported yet "
                           "(loop over the elements)",
                           binop_names[b], op->inst->b ? "=" : "", tn(l), tn(r));
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
    if (op->npscalar && k == K_BOOL && u != UN_NOT) {
        if (u == UN_NEG)
            return ti_op_error(op, "TypingError",
                               "The numpy boolean negative, the `-` operator, is not supported, "
                               "use the `~` operator or the logical_not function instead.");
        op->sig[0] = BOOL(); /* + is the identity, ~ is logical not */
        op->ret = BOOL();
        return true;
    }
    for (size_t i = 0; i < sizeof un_templates / sizeof un_templates[0]; i++)
        if ((un_templates[i].ops & B(u)) && (un_templates[i].arg & k))
            return un_templates[i].rule(op, u, x);
    if (x->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError",
                           "unary %s on whole arrays is not supported yet (loop over the elements)",
                           unop_names[u]);
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
    if (l->kind == TY_ARRAY || r->kind == TY_ARRAY)
        return ti_op_error(op, "NotImplementedError",
                           "comparing whole arrays ('%s' %s '%s') is not supported yet (loop over "
                           "the elements)",
                           tn(l), cmpop_names[c], tn(r));
    if ((kl | kr) & K_NONE)
        return ti_op_error(op, "TypingError",
                           "'%s' between '%s' and '%s' is not supported (use 'is' / 'is not' to "
                           "test for None)",
                           cmpop_names[c], tn(l), tn(r));
    return ti_op_error(op, "TypingError", "'%s' not supported between '%s' and '%s'",
                       cmpop_names[c], tn(l), tn(r));
}

/* ---- INDEX, iteration ---- */

/* One index item of an array: 0 int, 1 slice, -1 error (reported). */
static int index_item(TiOp *op, const Type *t)
{
    if (ti_is_int(t))
        return 0;
    if (t->kind == TY_SLICE)
        return 1;
    if (t->kind == TY_BOOL)
        ti_op_error(op, "NotImplementedError",
                    "a bool index is a boolean mask in NumPy; masks are not supported (use "
                    "int(...) for an integer index)");
    else if (t->kind == TY_ARRAY)
        ti_op_error(op, "NotImplementedError",
                    "indexing with an array (fancy indexing) is not supported yet");
    else if (t->kind == TY_NONE)
        ti_op_error(op, "NotImplementedError",
                    "np.newaxis (None) in an index is not supported yet");
    else
        ti_op_error(op, "TypingError",
                    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                    "integer or boolean arrays are valid indices (got %s)",
                    tn(t));
    return -1;
}

/* Types arr[idx]: *res is the element or view type, *sidx the index type
 * codegen converts to (ints -> int64). smask: unit-step slice bits. */
static bool ti_array_index(TiOp *op, const Type *arr, const Type *idx, uint64_t smask,
                           const Type **res, const Type **sidx)
{
    int n = idx->kind == TY_TUPLE ? idx->nitems : 1;
    const Type *items[n > 0 ? n : 1];
    int nints = 0;
    bool contiguous = arr->layout == 'C';
    for (int i = 0; i < n; i++) {
        const Type *t = idx->kind == TY_TUPLE ? idx->items[i] : idx;
        int k = index_item(op, t);
        if (k < 0)
            return false;
        items[i] = k == 0 ? I64() : t;
        nints += k == 0;
        bool unit = (smask >> i) & 1;
        /* Numba: ints, then at most one step-1 slice as the last index given */
        if (i < n - 1 && k != 0)
            contiguous = false;
        if (i == n - 1 && k == 1 && !unit)
            contiguous = false;
    }
    if (n > arr->ndim)
        return ti_op_error(op, "TypingError",
                           "too many indices for array: array is %d-dimensional, but %d were "
                           "indexed",
                           arr->ndim, n);
    *sidx = idx->kind == TY_TUPLE ? ti_tuple(op->tt, n, items) : items[0];
    if (nints == arr->ndim)
        *res = arr->dtype;
    else
        *res = ti_array(op->tt, arr->dtype, arr->ndim - nints, contiguous ? 'C' : 'A');
    return true;
}

/* Can a value of type `from` be stored into an array of `dtype`? A scalar
 * float goes into a signed int array like NumPy's setitem (int() rules);
 * other float -> int stores are platform-dependent in NumPy: rejected. */
static bool store_ok(TiOp *op, const Type *from, const Type *dtype, bool scalar)
{
    if (!ti_is_number(from))
        return ti_op_error(op, "TypingError", "cannot store a value of type %s into an array of %s",
                           tn(from), tn(dtype));
    if (ti_is_float(from) && ti_is_int(dtype) && (!scalar || !ti_is_signed(dtype)))
        return ti_op_error(op, "TypingError",
                           "cannot store %s %s into an array of %s implicitly (NumPy's result "
                           "depends on the platform for NaN, inf and out-of-range values): "
                           "convert with int(...) first",
                           scalar ? "a" : "elements of type", tn(from), tn(dtype));
    return true;
}

bool ti_type_store_index(TiOp *op)
{
    const Type *val = op->args[0], *obj = op->args[1], *idx = op->args[2];
    op->inst->has_imm = false;
    if (obj->kind != TY_ARRAY) {
        if (obj->kind == TY_TUPLE)
            return ti_op_error(op, "TypingError",
                               "'tuple' object does not support item assignment");
        return ti_op_error(op, "TypingError", "'%s' object does not support item assignment",
                           tn(obj));
    }
    const Type *res, *sidx;
    if (!ti_array_index(op, obj, idx, op->smask ? op->smask[2] : 0, &res, &sidx))
        return false;
    op->sig[1] = obj;
    op->sig[2] = sidx;
    op->ret = ti_scalar(TY_NONE);
    if (res->kind != TY_ARRAY || val->kind != TY_ARRAY) {
        if (val->kind == TY_ARRAY)
            return ti_op_error(op, "TypingError",
                               "cannot assign an array (%s) to a single element of %s", tn(val),
                               tn(obj));
        if (!store_ok(op, val, obj->dtype, true))
            return false;
        op->sig[0] = obj->dtype;
        return true;
    }
    if (val->ndim != res->ndim)
        return ti_op_error(op, "NotImplementedError",
                           "assigning a %dd array to a %dd slice is not supported yet (the "
                           "numbers of dimensions must agree)",
                           val->ndim, res->ndim);
    if (!store_ok(op, val->dtype, obj->dtype, false))
        return false;
    op->sig[0] = val;
    return true;
}

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
    if (obj->kind == TY_ARRAY) {
        const Type *res, *sidx;
        if (!ti_array_index(op, obj, idx, op->smask ? op->smask[1] : 0, &res, &sidx))
            return false;
        return sig2(op, obj, sidx, res);
    }
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
    case TY_ARRAY:
        return of->ndim == 1 ? of->dtype : ti_array(tt, of->dtype, of->ndim - 1, of->layout);
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
    if (t->kind == TY_RANGE || t->kind == TY_ENUMERATE || t->kind == TY_ZIP || t->kind == TY_ARRAY)
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

static bool np_builtin_call(TiOp *op, TiBuiltin b);

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
    const Type *t = x->kind == TY_BOOL && !op->npscalar ? I64() : x;
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
        return true;
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
    if (t->kind == TY_RANGE || t->kind == TY_ARRAY)
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
                           "enumerate() of %s is not supported (only ranges, arrays and tuples "
                           "of one item type)",
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
                               "zip() of %s is not supported (only ranges, arrays and tuples of "
                               "one item type)",
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
    if (ti_builtin_info[b].module == BM_NUMPY)
        return np_builtin_call(op, b);
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

/* ---- numpy: creation functions, dtypes, array attributes and methods ---- */

static const Type *dtype_of_value(const Type *t)
{
    if (t->kind == TY_DTYPE)
        return t->dtype;
    if (t->kind == TY_BUILTIN) {
        if (t->builtin == BI_FLOAT)
            return F64();
        if (t->builtin == BI_INT)
            return I64();
        if (t->builtin == BI_BOOL)
            return BOOL();
    }
    return NULL;
}

/* Shape argument: int -> int64 (k = 1), tuple of ints -> UniTuple(int64, k). */
static bool shape_arg(TiOp *op, const Type *t, const Type **sig, int *k)
{
    if (klass(t) & K_INTLIKE) {
        *sig = I64();
        *k = 1;
        return true;
    }
    if (t->kind == TY_TUPLE) {
        if (t->nitems == 0)
            return ti_op_error(op, "NotImplementedError",
                               "0-dimensional arrays (shape ()) are not supported");
        const Type *items[t->nitems];
        for (int i = 0; i < t->nitems; i++) {
            if (!(klass(t->items[i]) & K_INTLIKE))
                return ti_op_error(op, "TypingError",
                                   "'%s' object cannot be interpreted as an integer (in shape %s)",
                                   tn(t->items[i]), tn(t));
            items[i] = I64();
        }
        *sig = ti_tuple(op->tt, t->nitems, items);
        *k = t->nitems;
        return true;
    }
    return ti_op_error(op, "TypingError", "'%s' object cannot be interpreted as an integer", tn(t));
}

/* Parameter lists of the numpy builtins (space-separated) and how many are
 * required. */
static const struct {
    TiBuiltin b;
    const char *params;
    int required;
} np_params[] = {
    {BI_NP_EMPTY, "shape dtype", 1},
    {BI_NP_ZEROS, "shape dtype", 1},
    {BI_NP_ONES, "shape dtype", 1},
    {BI_NP_FULL, "shape fill_value dtype", 2},
    {BI_NP_EMPTY_LIKE, "a dtype", 1},
    {BI_NP_ZEROS_LIKE, "a dtype", 1},
    {BI_NP_ONES_LIKE, "a dtype", 1},
    {BI_NP_FULL_LIKE, "a fill_value dtype", 2},
    {BI_NP_ARANGE, "start stop step dtype", 1},
    {BI_NP_LINSPACE, "start stop num endpoint", 2},
};

static int param_index(const char *params, const char *name)
{
    int i = 0;
    size_t n = strlen(name);
    for (const char *p = params; *p; i++) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && !strncmp(p, name, n))
            return i;
        if (!e)
            break;
        p = e + 1;
    }
    return -1;
}

static int count_params(const char *params)
{
    int n = 1;
    for (const char *p = params; *p; p++)
        n += *p == ' ';
    return n;
}

/* The argument (0-based into op->args) for parameter p, or -1. */
static int parg(TiOp *op, int p)
{
    return op->argmap[p] >= 1 ? op->argmap[p] - 1 : -1;
}

static bool np_bind(TiOp *op, TiBuiltin b)
{
    const char *params = NULL;
    int required = 0;
    for (size_t i = 0; i < sizeof np_params / sizeof np_params[0]; i++)
        if (np_params[i].b == b) {
            params = np_params[i].params;
            required = np_params[i].required;
        }
    if (!params)
        return ti_op_error(op, "NotImplementedError", "%s() is not supported yet", bname(b));
    int np = count_params(params);
    op->nparams = np;
    op->argmap = ti_op_alloc(op, sizeof(int) * (size_t)np);
    for (int p = 0; p < np; p++)
        op->argmap[p] = -1;
    int npos = 0;
    while (npos < op->nargs && !op->kwnames[npos])
        npos++;
    if (npos > np)
        return ti_op_error(op, "TypingError",
                           "%s() takes at most %d positional arguments (%d given)", bname(b), np,
                           npos);
    for (int i = 0; i < npos; i++)
        op->argmap[i] = i + 1;
    if (b == BI_NP_ARANGE && npos == 1) { /* arange(stop) */
        op->argmap[0] = -1;
        op->argmap[1] = 1;
    }
    for (int i = npos; i < op->nargs; i++) {
        int p = param_index(params, op->kwnames[i]);
        if (p < 0 || (b == BI_NP_ARANGE && p < 2))
            return ti_op_error(op, "TypingError", "%s() got an unexpected keyword argument '%s'",
                               bname(b), op->kwnames[i]);
        if (op->argmap[p] != -1)
            return ti_op_error(op, "TypingError", "%s() got multiple values for argument '%s'",
                               bname(b), op->kwnames[i]);
        op->argmap[p] = i + 1;
    }
    for (int p = 0; p < required; p++)
        if (op->argmap[p] == -1 && !(b == BI_NP_ARANGE && p == 0 && op->argmap[1] != -1)) {
            const char *e = params;
            for (int k = 0; k < p; k++)
                e = strchr(e, ' ') + 1;
            const char *end = strchr(e, ' ');
            return ti_op_error(op, "TypingError", "%s() missing required argument '%.*s' (pos %d)",
                               bname(b), (int)(end ? end - e : (long)strlen(e)), e, p + 1);
        }
    return true;
}

/* The dtype argument (parameter p), or `def` when absent / None. */
static bool dtype_param(TiOp *op, int p, const Type *def, const Type **out)
{
    int a = parg(op, p);
    *out = def;
    if (a < 0)
        return true;
    const Type *t = op->args[a];
    op->sig[a] = t;
    if (t->kind == TY_NONE)
        return true;
    const Type *d = dtype_of_value(t);
    if (!d) {
        if (t->kind == TY_STRLIT)
            return ti_op_error(op, "NotImplementedError",
                               "dtype given as a string ('%s') is not supported; use np.float64, "
                               "np.int32, ... or float / int / bool",
                               t->str);
        return ti_op_error(op, "TypingError", "cannot interpret %s as a data type", tn(t));
    }
    *out = d;
    return true;
}

static bool r_np_create(TiOp *op, TiBuiltin b)
{
    if (!np_bind(op, b))
        return false;
    const Type *dt;
    int k = 0;
    switch (b) {
    case BI_NP_EMPTY:
    case BI_NP_ZEROS:
    case BI_NP_ONES:
    case BI_NP_FULL: {
        int a = parg(op, 0);
        if (!shape_arg(op, op->args[a], &op->sig[a], &k))
            return false;
        const Type *def = F64();
        int fa = b == BI_NP_FULL ? parg(op, 1) : -1;
        if (fa >= 0) {
            if (!ti_is_number(op->args[fa]))
                return ti_op_error(op, "TypingError",
                                   "numpy.full() fill_value must be a number, not %s",
                                   tn(op->args[fa]));
            def = op->args[fa];
        }
        if (!dtype_param(op, b == BI_NP_FULL ? 2 : 1, def, &dt))
            return false;
        if (fa >= 0) {
            if (!store_ok(op, op->args[fa], dt, true))
                return false;
            op->sig[fa] = dt;
        }
        break;
    }
    default: { /* *_like */
        int a = parg(op, 0);
        const Type *arr = op->args[a];
        if (arr->kind != TY_ARRAY)
            return ti_op_error(op, "NotImplementedError",
                               "%s() of %s is not supported (only arrays)", bname(b), tn(arr));
        op->sig[a] = arr;
        k = arr->ndim;
        int fa = b == BI_NP_FULL_LIKE ? parg(op, 1) : -1;
        if (!dtype_param(op, b == BI_NP_FULL_LIKE ? 2 : 1, arr->dtype, &dt))
            return false;
        if (fa >= 0) {
            if (!ti_is_number(op->args[fa]))
                return ti_op_error(op, "TypingError",
                                   "numpy.full_like() fill_value must be a number, not %s",
                                   tn(op->args[fa]));
            if (!store_ok(op, op->args[fa], dt, true))
                return false;
            op->sig[fa] = dt;
        }
        break;
    }
    }
    op->ret = ti_array(op->tt, dt, k, 'C');
    return true;
}

static bool r_np_arange(TiOp *op, TiBuiltin b)
{
    if (!np_bind(op, b))
        return false;
    bool any_float = false;
    for (int p = 0; p < 3; p++) {
        int a = parg(op, p);
        if (a < 0)
            continue;
        const Type *t = op->args[a];
        if (!ti_is_number(t))
            return ti_op_error(op, "TypingError",
                               "numpy.arange() argument '%s' must be a number, not %s",
                               p == 0   ? "start"
                               : p == 1 ? "stop"
                                        : "step",
                               tn(t));
        any_float = any_float || ti_is_float(t);
    }
    const Type *dt;
    if (!dtype_param(op, 3, any_float ? F64() : I64(), &dt))
        return false;
    if (dt->kind == TY_BOOL)
        return ti_op_error(op, "NotImplementedError",
                           "numpy.arange() with dtype bool is not supported");
    for (int p = 0; p < 3; p++) {
        int a = parg(op, p);
        if (a >= 0)
            op->sig[a] = any_float ? F64() : I64();
    }
    op->ret = ti_array(op->tt, dt, 1, 'C');
    return true;
}

static bool r_np_linspace(TiOp *op, TiBuiltin b)
{
    if (!np_bind(op, b))
        return false;
    for (int p = 0; p < 2; p++) {
        int a = parg(op, p);
        if (!ti_is_number(op->args[a]))
            return ti_op_error(op, "TypingError",
                               "numpy.linspace() argument '%s' must be a number, not %s",
                               p ? "stop" : "start", tn(op->args[a]));
        op->sig[a] = F64();
    }
    int a = parg(op, 2);
    if (a >= 0) {
        if (!(klass(op->args[a]) & K_INTLIKE))
            return ti_op_error(op, "TypingError", "'%s' object cannot be interpreted as an integer",
                               tn(op->args[a]));
        op->sig[a] = I64();
    }
    a = parg(op, 3);
    if (a >= 0) {
        if (op->args[a]->kind != TY_BOOL)
            return ti_op_error(op, "TypingError",
                               "numpy.linspace() argument 'endpoint' must be a bool, not %s",
                               tn(op->args[a]));
        op->sig[a] = BOOL();
    }
    op->ret = ti_array(op->tt, F64(), 1, 'C');
    return true;
}

static bool np_builtin_call(TiOp *op, TiBuiltin b)
{
    switch (b) {
    case BI_NP_ARANGE:
        return r_np_arange(op, b);
    case BI_NP_LINSPACE:
        return r_np_linspace(op, b);
    default:
        return r_np_create(op, b);
    }
}

bool ti_type_dtype_call(TiOp *op, const Type *dt)
{
    const Type *d = dt->dtype;
    for (int k = 0; k < op->nargs; k++)
        if (op->kwnames[k])
            return ti_op_error(op, "TypingError", "numpy.%s() takes no keyword arguments",
                               d->kind == TY_BOOL ? "bool_" : tn(d));
    if (op->nargs > 1)
        return ti_op_error(op, "TypingError", "numpy.%s() takes at most 1 argument (%d given)",
                           d->kind == TY_BOOL ? "bool_" : tn(d), op->nargs);
    op->ret = d;
    if (op->nargs == 0)
        return true;
    const Type *x = op->args[0];
    if (!ti_is_number(x))
        return ti_op_error(op, "NotImplementedError", "numpy.%s() of %s is not supported",
                           d->kind == TY_BOOL ? "bool_" : tn(d), tn(x));
    op->sig[0] = x;
    return true;
}

bool ti_type_method_call(TiOp *op, TiBuiltin m)
{
    const Type *a = op->recv;
    for (int k = 0; k < op->nargs; k++)
        if (op->kwnames[k])
            return ti_op_error(op, "NotImplementedError",
                               "keyword argument '%s' of %s() is not supported", op->kwnames[k],
                               ti_builtin_info[m].name);
    switch (m) {
    case BI_ARRAY_COPY:
        if (op->nargs != 0)
            return ti_op_error(op, "NotImplementedError",
                               "copy() with an order argument is not supported");
        op->ret = ti_array(op->tt, a->dtype, a->ndim, 'C');
        return true;
    case BI_ARRAY_FILL:
        if (op->nargs != 1)
            return ti_op_error(op, "TypingError", "fill() takes exactly one argument (%d given)",
                               op->nargs);
        if (!store_ok(op, op->args[0], a->dtype, true))
            return false;
        op->sig[0] = a->dtype;
        op->ret = ti_scalar(TY_NONE);
        return true;
    case BI_ARRAY_RESHAPE: {
        if (op->nargs == 0)
            return ti_op_error(op, "TypingError", "reshape() takes at least 1 argument (0 given)");
        if (a->layout != 'C')
            return ti_op_error(op, "NotImplementedError",
                               "reshape() of an array that may not be contiguous (%s) is not "
                               "supported; use a.copy().reshape(...)",
                               tn(a));
        int k;
        if (op->nargs == 1)
            return shape_arg(op, op->args[0], &op->sig[0], &k) &&
                   (op->ret = ti_array(op->tt, a->dtype, k, 'C'));
        for (int i = 0; i < op->nargs; i++) {
            if (!(klass(op->args[i]) & K_INTLIKE))
                return ti_op_error(op, "TypingError",
                                   "'%s' object cannot be interpreted as an integer",
                                   tn(op->args[i]));
            op->sig[i] = I64();
        }
        op->ret = ti_array(op->tt, a->dtype, op->nargs, 'C');
        return true;
    }
    default:
        return ti_op_error(op, "NotImplementedError", "method %s() is not supported yet",
                           ti_builtin_info[m].name);
    }
}

bool ti_type_array_attr(TiOp *op, const char *attr)
{
    const Type *a = op->args[0];
    op->sig[0] = a;
    const Type *items[a->ndim];
    for (int i = 0; i < a->ndim; i++)
        items[i] = I64();
    if (!strcmp(attr, "shape") || !strcmp(attr, "strides")) {
        op->ret = ti_tuple(op->tt, a->ndim, items);
        return true;
    }
    if (!strcmp(attr, "size")) {
        op->ret = I64();
        return true;
    }
    if (!strcmp(attr, "ndim") || !strcmp(attr, "itemsize")) {
        op->ret = I64();
        op->is_const = true;
        op->konst.kind = FC_INT;
        op->konst.v.i = !strcmp(attr, "ndim")       ? a->ndim
                        : a->dtype->kind == TY_BOOL ? 1
                                                    : ti_bits(a->dtype) / 8;
        return true;
    }
    if (!strcmp(attr, "T")) {
        op->ret = a->ndim == 1 ? a : ti_array(op->tt, a->dtype, a->ndim, 'A');
        return true;
    }
    if (!strcmp(attr, "dtype")) {
        op->ret = ti_dtype(op->tt, a->dtype);
        return true;
    }
    static const struct {
        const char *name;
        TiBuiltin m;
    } methods[] = {{"copy", BI_ARRAY_COPY}, {"reshape", BI_ARRAY_RESHAPE}, {"fill", BI_ARRAY_FILL}};
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (!strcmp(attr, methods[i].name)) {
            op->ret = ti_method(op->tt, methods[i].m, a);
            return true;
        }
    return ti_op_error(op, "NotImplementedError",
                       "array attribute or method '%s' is not supported yet", attr);
}

int ti_lookup_numpy(TiTypes *tt, const char *name, const Type **out, bool *is_const, double *value)
{
    static const struct {
        const char *name;
        TypeKind k;
    } dtypes[] = {
        {"float64", TY_FLOAT64}, {"float32", TY_FLOAT32},  {"int8", TY_INT8},
        {"int16", TY_INT16},     {"int32", TY_INT32},      {"int64", TY_INT64},
        {"uint8", TY_UINT8},     {"uint16", TY_UINT16},    {"uint32", TY_UINT32},
        {"uint64", TY_UINT64},   {"bool_", TY_BOOL},       {"bool8", TY_BOOL},
        {"intp", TY_INT64},      {"uintp", TY_UINT64},     {"int_", TY_INT64},
        {"float_", TY_FLOAT64},  {"double", TY_FLOAT64},   {"single", TY_FLOAT32},
        {"byte", TY_INT8},       {"ubyte", TY_UINT8},      {"short", TY_INT16},
        {"ushort", TY_UINT16},   {"intc", TY_INT32},       {"uintc", TY_UINT32},
        {"longlong", TY_INT64},  {"ulonglong", TY_UINT64},
    };
    static const struct {
        const char *name;
        double value;
    } consts[] = {{"pi", M_PI}, {"e", M_E}, {"inf", INFINITY}, {"nan", NAN}};
    *is_const = false;
    for (size_t i = 0; i < sizeof dtypes / sizeof dtypes[0]; i++)
        if (!strcmp(dtypes[i].name, name)) {
            *out = ti_dtype(tt, ti_scalar(dtypes[i].k));
            return 1;
        }
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (!strcmp(consts[i].name, name)) {
            *is_const = true;
            *value = consts[i].value;
            *out = F64();
            return 1;
        }
    for (int i = 0; i < BI__COUNT; i++)
        if (ti_builtin_info[i].module == BM_NUMPY && !strcmp(ti_builtin_info[i].name, name)) {
            *out = ti_builtin(tt, (TiBuiltin)i);
            return 1;
        }
    return -1;
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

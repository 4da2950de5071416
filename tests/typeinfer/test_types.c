/* tests/typeinfer/test_types.c — interning, names, predicates, unification.
 * Unification expectations are NumPy's promote_types (what Numba uses). */
#include <criterion/criterion.h>
#include <string.h>

#include "typeinfer.h"

static TiTypes *tt;
static void setup(void)
{
    tt = ti_types_new();
}
static void teardown(void)
{
    ti_types_free(tt);
}
TestSuite(types, .init = setup, .fini = teardown);

#define S(k) ti_scalar(TY_##k)

Test(types, scalars_are_static_and_named)
{
    cr_assert_eq(S(INT64), ti_scalar(TY_INT64));
    cr_assert_str_eq(S(INT64)->name, "int64");
    cr_assert_str_eq(S(BOOL)->name, "bool");
    cr_assert_str_eq(S(NONE)->name, "none");
    cr_assert_null(ti_scalar(TY_TUPLE));
    cr_assert_str_eq(ti_range()->name, "range");
}

Test(types, tuples_are_interned)
{
    const Type *a[] = {S(INT64), S(FLOAT64)};
    const Type *t1 = ti_tuple(tt, 2, a), *t2 = ti_tuple(tt, 2, a);
    cr_assert_eq(t1, t2);
    cr_assert_str_eq(t1->name, "(int64, float64)");
    const Type *u[] = {S(FLOAT64), S(FLOAT64), S(FLOAT64)};
    cr_assert_str_eq(ti_tuple(tt, 3, u)->name, "UniTuple(float64, 3)");
    cr_assert_str_eq(ti_tuple(tt, 1, u)->name, "(float64,)");
    cr_assert_str_eq(ti_tuple(tt, 0, u)->name, "()");
    const Type *nested[] = {t1, S(BOOL)};
    cr_assert_str_eq(ti_tuple(tt, 2, nested)->name, "((int64, float64), bool)");
    cr_assert_neq(ti_tuple(tt, 2, u), ti_tuple(tt, 3, u));
}

Test(types, other_constructors)
{
    cr_assert_str_eq(ti_array(tt, S(FLOAT64), 1, 'C')->name, "array(float64, 1d, C)");
    cr_assert_eq(ti_array(tt, S(FLOAT64), 2, 'A'), ti_array(tt, S(FLOAT64), 2, 'A'));
    cr_assert_neq(ti_array(tt, S(FLOAT64), 2, 'A'), ti_array(tt, S(FLOAT64), 2, 'C'));
    cr_assert_eq(ti_iter(tt, ti_range()), ti_iter(tt, ti_range()));
    cr_assert_eq(ti_iter(tt, ti_range())->of, ti_range());
    const Type *s = ti_strlit(tt, "abc");
    cr_assert_eq(s, ti_strlit(tt, "abc"));
    cr_assert_neq(s, ti_strlit(tt, "abd"));
    cr_assert_str_eq(s->str, "abc");
    const Type *c = ti_exc_class(tt, "ValueError");
    const Type *e = ti_exc(tt, "ValueError", "bad");
    cr_assert_eq(c->kind, TY_EXC_CLASS);
    cr_assert_eq(c->str, e->str); /* interned class names */
    cr_assert_str_eq(e->msg, "bad");
    cr_assert_null(ti_exc(tt, "ValueError", NULL)->msg);
    cr_assert_neq(ti_exc(tt, "ValueError", NULL), ti_exc(tt, "ValueError", ""));
    cr_assert_eq(ti_builtin(tt, BI_MATH_SQRT)->builtin, BI_MATH_SQRT);
    cr_assert_str_eq(ti_builtin(tt, BI_MATH_SQRT)->name, "builtin_function(math.sqrt)");
    cr_assert_str_eq(ti_module(tt, "math")->str, "math");
    cr_assert_str_eq(ti_builtin_info[BI_MATH_GAMMA].libm, "tgamma");
    cr_assert_str_eq(ti_builtin_info[BI_PRINT].name, "print");
}

Test(types, predicates)
{
    cr_assert(ti_is_int(S(UINT8)));
    cr_assert_not(ti_is_int(S(BOOL)));
    cr_assert(ti_is_signed(S(INT32)));
    cr_assert_not(ti_is_signed(S(UINT32)));
    cr_assert(ti_is_float(S(FLOAT32)));
    cr_assert(ti_is_number(S(BOOL)));
    cr_assert_not(ti_is_number(S(NONE)));
    cr_assert_eq(ti_bits(S(BOOL)), 1);
    cr_assert_eq(ti_bits(S(UINT16)), 16);
    cr_assert_eq(ti_bits(S(FLOAT64)), 64);
}

/* Generated with /usr/bin/python3: numpy.promote_types over these pairs
 * (numba's Context.unify_pairs agrees on every one). */
Test(types, unify_numbers_like_numpy)
{
    static const struct {
        TypeKind a, b, r;
    } cases[] = {
        {TY_BOOL, TY_INT64, TY_INT64},       {TY_BOOL, TY_UINT8, TY_UINT8},
        {TY_BOOL, TY_FLOAT32, TY_FLOAT32},   {TY_INT8, TY_INT32, TY_INT32},
        {TY_INT8, TY_UINT8, TY_INT16},       {TY_INT8, TY_UINT32, TY_INT64},
        {TY_INT8, TY_UINT64, TY_FLOAT64},    {TY_INT8, TY_FLOAT32, TY_FLOAT32},
        {TY_INT32, TY_UINT8, TY_INT32},      {TY_INT32, TY_UINT32, TY_INT64},
        {TY_INT32, TY_FLOAT32, TY_FLOAT64},  {TY_INT64, TY_UINT64, TY_FLOAT64},
        {TY_INT64, TY_FLOAT32, TY_FLOAT64},  {TY_INT64, TY_FLOAT64, TY_FLOAT64},
        {TY_UINT8, TY_UINT32, TY_UINT32},    {TY_UINT8, TY_FLOAT32, TY_FLOAT32},
        {TY_UINT32, TY_FLOAT32, TY_FLOAT64}, {TY_FLOAT32, TY_FLOAT64, TY_FLOAT64},
        {TY_BOOL, TY_BOOL, TY_BOOL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Type *a = ti_scalar(cases[i].a), *b = ti_scalar(cases[i].b);
        cr_expect_eq(ti_unify(tt, a, b), ti_scalar(cases[i].r), "%s ⊔ %s", a->name, b->name);
        cr_expect_eq(ti_unify(tt, b, a), ti_scalar(cases[i].r), "%s ⊔ %s", b->name, a->name);
    }
}

Test(types, unify_composites)
{
    const Type *ii[] = {S(INT64), S(INT64)}, *if_[] = {S(INT64), S(FLOAT64)},
               *bf[] = {S(BOOL), S(FLOAT32)}, *iii[] = {S(INT64), S(INT64), S(INT64)};
    cr_assert_eq(ti_unify(tt, ti_tuple(tt, 2, ii), ti_tuple(tt, 2, bf)), ti_tuple(tt, 2, if_));
    cr_assert_null(ti_unify(tt, ti_tuple(tt, 2, ii), ti_tuple(tt, 3, iii)));
    cr_assert_null(ti_unify(tt, S(INT64), ti_tuple(tt, 2, ii)));
    cr_assert_null(ti_unify(tt, S(NONE), S(INT64)));
    cr_assert_eq(ti_unify(tt, S(NONE), S(NONE)), S(NONE));
    cr_assert_eq(ti_unify(tt, NULL, S(INT8)), S(INT8));
    const Type *c = ti_array(tt, S(FLOAT64), 1, 'C'), *a = ti_array(tt, S(FLOAT64), 1, 'A');
    cr_assert_eq(ti_unify(tt, c, a), a);
    cr_assert_eq(ti_unify(tt, c, c), c);
    cr_assert_null(ti_unify(tt, c, ti_array(tt, S(FLOAT32), 1, 'C')));
    cr_assert_null(ti_unify(tt, c, ti_array(tt, S(FLOAT64), 2, 'C')));
    cr_assert_null(ti_unify(tt, ti_strlit(tt, "a"), ti_strlit(tt, "b")));
}

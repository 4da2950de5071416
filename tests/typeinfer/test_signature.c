/* tests/typeinfer/test_signature.c — Numba-style type / signature strings:
 * good strings parse to the right interned types, bad ones give a message
 * and the column of the problem. */
#include <criterion/criterion.h>
#include <stdlib.h>
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
TestSuite(signature, .init = setup, .fini = teardown);

/* Parses a plain type; returns its canonical name or the error "col: msg". */
static char *type_of(const char *text)
{
    const Type *t = NULL;
    char *err = NULL;
    int col = 0;
    if (!ti_parse_signature(tt, text, &t, NULL, NULL, &err, &col)) {
        char *r = sup_asprintf("%d: %s", col, err);
        free(err);
        return r;
    }
    return strdup(t->name);
}

/* Parses a signature; "ret(args)" with "?" for no return type. */
static char *sig_of(const char *text)
{
    const Type *ret = NULL, **args = NULL;
    int nargs = -1, col = 0;
    char *err = NULL;
    if (!ti_parse_signature(tt, text, &ret, &args, &nargs, &err, &col)) {
        char *r = sup_asprintf("%d: %s", col, err);
        free(err);
        return r;
    }
    size_t cap = 1024;
    char *r = calloc(1, cap);
    strcat(r, ret ? ret->name : "?");
    strcat(r, "(");
    for (int i = 0; i < nargs; i++) {
        if (i)
            strcat(r, ", ");
        strcat(r, args[i]->name);
    }
    strcat(r, ")");
    free(args);
    return r;
}

#define TYPE_IS(text, want)                                                                        \
    do {                                                                                           \
        char *got_ = type_of(text);                                                                \
        cr_expect_str_eq(got_, want, "type %s", text);                                             \
        free(got_);                                                                                \
    } while (0)
#define SIG_IS(text, want)                                                                         \
    do {                                                                                           \
        char *got_ = sig_of(text);                                                                 \
        cr_expect_str_eq(got_, want, "signature %s", text);                                        \
        free(got_);                                                                                \
    } while (0)

Test(signature, scalar_names)
{
    TYPE_IS("int64", "int64");
    TYPE_IS("  int64  ", "int64");
    TYPE_IS("i1", "int8");
    TYPE_IS("i2", "int16");
    TYPE_IS("i4", "int32");
    TYPE_IS("i8", "int64");
    TYPE_IS("u1", "uint8");
    TYPE_IS("u2", "uint16");
    TYPE_IS("u4", "uint32");
    TYPE_IS("u8", "uint64");
    TYPE_IS("uint32", "uint32");
    TYPE_IS("f4", "float32");
    TYPE_IS("f8", "float64");
    TYPE_IS("float32", "float32");
    TYPE_IS("double", "float64");
    TYPE_IS("boolean", "bool");
    TYPE_IS("bool_", "bool");
    TYPE_IS("b1", "bool");
    TYPE_IS("none", "none");
    TYPE_IS("void", "none");
    TYPE_IS("intp", "int64");
}

Test(signature, tuples)
{
    TYPE_IS("(int64, float64)", "(int64, float64)");
    TYPE_IS("(int64,float64,)", "(int64, float64)");
    TYPE_IS("(f8, f8, f8)", "UniTuple(float64, 3)");
    TYPE_IS("UniTuple(float64, 3)", "UniTuple(float64, 3)");
    TYPE_IS("UniTuple(i8, 1)", "(int64,)");
    TYPE_IS("Tuple(int64, float64)", "(int64, float64)");
    TYPE_IS("Tuple()", "()");
    TYPE_IS("()", "()");
    TYPE_IS("((i8, i8), f8)", "(UniTuple(int64, 2), float64)");
    /* the same interned type whatever the spelling */
    const Type *a = NULL, *b = NULL;
    cr_assert(ti_parse_signature(tt, "UniTuple(f8, 2)", &a, NULL, NULL, NULL, NULL));
    cr_assert(ti_parse_signature(tt, "(float64, double)", &b, NULL, NULL, NULL, NULL));
    cr_assert_eq(a, b);
}

Test(signature, arrays)
{
    TYPE_IS("float64[:]", "array(float64, 1d, A)");
    TYPE_IS("float64[::1]", "array(float64, 1d, C)");
    TYPE_IS("float64[:, :]", "array(float64, 2d, A)");
    TYPE_IS("float64[:,::1]", "array(float64, 2d, C)");
    TYPE_IS("int64[:, :, :]", "array(int64, 3d, A)");
    TYPE_IS("u1[:, :, ::1]", "array(uint8, 3d, C)");
    TYPE_IS("array(float64, 2d, C)", "array(float64, 2d, C)");
    TYPE_IS("array(f4, 1d, A)", "array(float32, 1d, A)");
}

Test(signature, signatures)
{
    SIG_IS("float64(float64, int64)", "float64(float64, int64)");
    SIG_IS("none(int64)", "none(int64)");
    SIG_IS("void()", "none()");
    SIG_IS("f8(f8[:], i8)", "float64(array(float64, 1d, A), int64)");
    SIG_IS("(int64, float64)(int64)", "(int64, float64)(int64)");
    SIG_IS("UniTuple(f8, 2)(f8[::1])", "UniTuple(float64, 2)(array(float64, 1d, C))");
    SIG_IS("int64(UniTuple(i8, 2), (i8, f8))", "int64(UniTuple(int64, 2), (int64, float64))");
    /* argument-only lists */
    SIG_IS("(int64, float64)", "?(int64, float64)");
    SIG_IS("int64, float64", "?(int64, float64)");
    SIG_IS("int64", "?(int64)");
    SIG_IS("()", "?()");
    SIG_IS("((i8, i8), f8)", "?(UniTuple(int64, 2), float64)");
}

Test(signature, errors_with_columns)
{
    TYPE_IS("flaot64", "1: unknown type name 'flaot64' (did you mean 'float64'?)");
    TYPE_IS("int", "1: unknown type name 'int' (did you mean 'int64'?)");
    TYPE_IS("wibble", "1: unknown type name 'wibble'");
    TYPE_IS("(int64, float64", "16: expected ',' or ')' at the end of the string");
    TYPE_IS("(int64 float64)", "8: expected ',' or ')'");
    TYPE_IS("", "1: expected a type at the end of the string");
    TYPE_IS("int64 x", "7: unexpected 'x' after the type");
    TYPE_IS("float64[:", "10: expected ',' or ']' at the end of the string");
    TYPE_IS("float64[::2]", "9: only '::1' may give a step in an array type");
    TYPE_IS("float64[::1, :]", "9: Fortran layout arrays are not supported");
    TYPE_IS("(i8, i8)[:]", "1: array dtype must be a number type, not UniTuple(int64, 2)");
    TYPE_IS("UniTuple(float64)", "17: expected ','");
    TYPE_IS("UniTuple(float64, x)", "19: expected a number");
    TYPE_IS("complex128", "1: complex types are not supported yet ('complex128')");
    TYPE_IS("float64(int64)", "8: expected a type, not a function signature");
    SIG_IS("float64(int64", "14: expected ',' or ')' at the end of the string");
    SIG_IS("float64(flaot64)", "9: unknown type name 'flaot64' (did you mean 'float64'?)");
    SIG_IS("float64(int64))", "15: unexpected ')' after the type");
    SIG_IS("int64, ", "8: expected a type at the end of the string");
    SIG_IS("", "1: expected a type at the end of the string");
}

Test(signature, error_outputs_are_optional)
{
    const Type *t = NULL;
    cr_assert_not(ti_parse_signature(tt, "nope", &t, NULL, NULL, NULL, NULL));
    cr_assert_null(t);
}

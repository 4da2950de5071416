/* typeinfer/internal.h — what the typeinfer files share: the inference state
 * (infer.c) and the typing-template interface (templates.c). Not a public
 * header: other stages use typeinfer.h only. */
#ifndef PYJIT_TYPEINFER_INTERNAL_H
#define PYJIT_TYPEINFER_INTERNAL_H

#include "typeinfer.h"

/* Integer arithmetic result (NumPy scalar rules): promote_types of the
 * two, int64 for bool with bool; unary (b NULL): the type itself, int64
 * for bool. May be float64 (int64 with uint64). */
const Type *ti_int_result(const Type *a, const Type *b);
/* NumPy's promote_types for two number types. */
const Type *ti_promote(const Type *a, const Type *b);
/* none, str literals, functions, modules...: no run-time data. */
bool ti_is_compile_time(const Type *t);

/* ---- inference state ---- */

typedef struct TiCtx TiCtx;

/* What a typing rule sees of one operation and fills in. */
typedef struct TiOp {
    TiCtx *cx;
    TiTypes *tt;
    TiInst *inst;
    int nargs;             /* operands (for CALL: the call's arguments only) */
    const Type **args;     /* their types */
    const bool *isconst;   /* operand i is an integer constant ... */
    const int64_t *cval;   /* ... with this value */
    const char **kwnames;  /* CALL: keyword name of argument i or NULL */
    const uint64_t *smask; /* per operand: unit-step slice bits (a slice: bit 0;
                              a tuple: bit i for item i); may be NULL */
    const Type *recv;      /* CALL of a TY_METHOD: the receiver's type */
    bool npscalar;         /* some operand may be a NumPy scalar (array element) */
    /* outputs */
    const Type **sig; /* sig_args (nargs entries) */
    const Type *ret;
    bool is_const; /* result is a constant (len of a tuple) */
    FeConst konst;
    int *argmap; /* numpy builtins: parameter -> argument (1-based) or -1;
                    allocated by the rule (arena) */
    int nparams;
} TiOp;

/* Reports a typing error at the current instruction (only in the final
 * pass; silent while iterating). Always returns false. */
bool ti_op_error(TiOp *op, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Typing templates (templates.c). Each returns true and fills op->sig and
 * op->ret, or reports through ti_op_error and returns false. */
bool ti_type_binary(TiOp *op, FeBinOp bop);
bool ti_type_unary(TiOp *op, FeUnOp uop);
bool ti_type_compare(TiOp *op, FeCmpOp cop);
bool ti_type_builtin_call(TiOp *op, TiBuiltin b);
bool ti_type_exc_call(TiOp *op, const Type *cls);
bool ti_type_index(TiOp *op);
bool ti_type_get_iter(TiOp *op);
/* STORE_INDEX: args (value, obj, index). */
bool ti_type_store_index(TiOp *op);
/* CALL of a TY_METHOD (op->recv set) / of a TY_DTYPE value. */
bool ti_type_method_call(TiOp *op, TiBuiltin m);
bool ti_type_dtype_call(TiOp *op, const Type *dt);
/* Attributes of arrays; false with an error for unknown ones. */
bool ti_type_array_attr(TiOp *op, const char *attr);
/* numpy.<name>: a dtype, builtin function or float constant. 0 unknown,
 * 1 found, -1 known to numpy but unsupported. */
int ti_lookup_numpy(TiTypes *tt, const char *name, const Type **out, bool *is_const, double *value);
/* The arena allocator of the program being built (for rules). */
void *ti_op_alloc(TiOp *op, size_t size);
/* Item type produced by FOR_ITER on an iterator of type `it`, or NULL. */
const Type *ti_iter_item(TiTypes *tt, const Type *it);
/* true if a value of type t has a truth value pyjit can compute. */
bool ti_has_truth(const Type *t);

/* Name resolution for builtins and modules (templates.c). */
bool ti_lookup_builtin_name(const char *name, TiBuiltin *out);
bool ti_is_exc_class_name(const char *name);
bool ti_is_python_builtin_name(const char *name);
/* math.<name>: a builtin function or a constant (pi, e, tau, inf, nan). */
bool ti_lookup_math(const char *name, TiBuiltin *bi, bool *is_const, double *value);
/* A math function CPython has that pyjit does not support yet. */
bool ti_is_math_unsupported(const char *name);

#endif

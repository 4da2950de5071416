/* typeinfer — interned types, signature strings, and bytecode → typed IR.
 *
 * Input: an FeFunction (bytecode) and the types of its arguments. Output: a
 * TiProgram: the typed IR of that specialization and of every function it
 * calls (each callee specialised for its own argument types, recursion
 * included), every value with one concrete type.
 *
 * Types are interned in a TiTypes table: equality is pointer equality. The
 * scalar types are process-wide statics (ti_scalar); composite types live in
 * the table, which the owner (a jit_context) frees last.
 * Memory: a TiProgram owns its IR (one arena) and is freed with
 * ti_program_free; it points into the FeModule and TiTypes, which must
 * outlive it. What can fail: inference returns NULL after adding
 * "TypingError" / "NotImplementedError" diagnostics (error + notes with
 * both locations). Never prints, never exits. Not thread-safe: callers
 * serialise use of one TiTypes (the context lock). */
#ifndef PYJIT_TYPEINFER_H
#define PYJIT_TYPEINFER_H

#include "frontend.h"
#include "support.h"

/* ---- types ---- */
typedef enum {
#define X(e, s) e,
#include "types.def"
#undef X
    TY__COUNT
} TypeKind;

typedef enum {
#define X(id, mod, name, libm) id,
#include "builtins.def"
#undef X
    BI__COUNT
} TiBuiltin;

typedef enum { BM_BUILTINS, BM_MATH, BM_NUMPY } TiBuiltinModule;

typedef struct TiBuiltinInfo {
    TiBuiltinModule module;
    const char *name;
    const char *libm; /* C symbol of the float64 implementation or NULL */
} TiBuiltinInfo;
extern const TiBuiltinInfo ti_builtin_info[BI__COUNT];

/* The public header calls this jit_type. */
typedef struct jit_type Type;
struct jit_type {
    TypeKind kind;
    const char *name;       /* canonical display name: "int64", "(int64, float64)",
                               "UniTuple(float64, 3)", "array(float64, 1d, C)" */
    int nitems;             /* TY_TUPLE */
    const Type **items;     /* TY_TUPLE */
    const Type *dtype;      /* TY_ARRAY, TY_DTYPE */
    int ndim;               /* TY_ARRAY */
    char layout;            /* TY_ARRAY: 'C' or 'A' */
    const Type *of;         /* TY_ITER: what is iterated */
    const FeFunction *func; /* TY_FUNCTION */
    TiBuiltin builtin;      /* TY_BUILTIN */
    const char *str; /* TY_STRLIT text, TY_MODULE name, TY_EXC_CLASS/TY_EXC class (interned) */
    const char *msg; /* TY_EXC: message text or NULL */
};

typedef struct TiTypes TiTypes;

TiTypes *ti_types_new(void);
void ti_types_free(TiTypes *tt);

/* Process-wide scalar types: TY_BOOL .. TY_NONE. */
const Type *ti_scalar(TypeKind k);
const Type *ti_tuple(TiTypes *tt, int n, const Type *const *items);
const Type *ti_array(TiTypes *tt, const Type *dtype, int ndim, char layout);
const Type *ti_iter(TiTypes *tt, const Type *of);
const Type *ti_strlit(TiTypes *tt, const char *text);
const Type *ti_function(TiTypes *tt, const FeFunction *fn);
const Type *ti_builtin(TiTypes *tt, TiBuiltin b);
const Type *ti_module(TiTypes *tt, const char *name);
const Type *ti_exc_class(TiTypes *tt, const char *name);
const Type *ti_exc(TiTypes *tt, const char *cls, const char *msg);
const Type *ti_dtype(TiTypes *tt, const Type *dtype);
const Type *ti_range(void);
/* enumerate(x) / zip(a, b, ...) objects (x, a, b: range or UniTuple). */
const Type *ti_enumerate(TiTypes *tt, const Type *of);
const Type *ti_zip(TiTypes *tt, int n, const Type *const *items);
const Type *ti_slice(TiTypes *tt);
/* Numba-style unification (NumPy promotion for numbers: bool < ints <
 * floats, int64 with uint64 -> float64; tuples item-wise; arrays C with A
 * -> A). NULL when the types cannot be unified; a NULL argument yields
 * the other one. */
const Type *ti_unify(TiTypes *tt, const Type *a, const Type *b);

bool ti_is_int(const Type *t);    /* int8..uint64 (not bool) */
bool ti_is_signed(const Type *t); /* int8..int64 */
bool ti_is_float(const Type *t);  /* float32, float64 */
bool ti_is_number(const Type *t); /* bool, ints, floats */
int ti_bits(const Type *t);       /* bool 1, ints/floats their width */

/* Parses a Numba-style type or signature string: "int64", "f8",
 * "(int64, float64)", "UniTuple(float64, 3)", "float64[:, ::1]",
 * "float64(float64, int64)". For a signature, *ret gets the return type (or
 * NULL when none is written, "(int64, float64)" style) and args[0..*nargs)
 * the argument types; for a plain type pass args == NULL and read *ret.
 * On error returns false with a message in *errmsg (malloc'd) and the
 * 1-based column in *errcol. On success *args is malloc'd (caller frees;
 * never NULL when args is given). With args given, "(int64, float64)" and
 * "int64, float64" are argument lists (ret NULL), "int64" one argument;
 * homogeneous tuples display as "UniTuple(T, n)", others as "(a, b)". */
bool ti_parse_signature(TiTypes *tt, const char *text, const Type **ret, const Type ***args,
                        int *nargs, char **errmsg, int *errcol);

/* ---- typed IR ----
 * One TiFunc per specialisation (function, argument types). Its blocks
 * follow the bytecode: a block starts at pc 0 and at every jump target and
 * after every jump; the operand stack is empty at block boundaries, so the
 * stack becomes SSA values within a block. Locals are variables of one type
 * each (the unification of every store, Numba-style); codegen gives each an
 * alloca and converts stored values to the local's type. */

typedef struct TiFunc TiFunc;

/* IR conventions shared by typeinfer (which fills them) and codegen (which
 * relies on them):
 *  - LOAD_CONST: type from the const: int -> int64, float -> float64,
 *    bool, None -> none, str -> TY_STRLIT, tuple -> tuple of item types.
 *  - Values of compile-time-only types (none, TY_STRLIT, TY_FUNCTION,
 *    TY_BUILTIN, TY_MODULE, TY_EXC_CLASS, TY_EXC, TY_DTYPE) have no run-time
 *    data; codegen gives them an empty representation. Tuples may contain
 *    them.
 *  - BINARY/COMPARE: both operands converted to sig_args (a common type
 *    chosen by the typing rules: int64 + float64 -> float64; int / int ->
 *    (float64, float64) -> float64; bool & bool -> bool; bool + bool -> int64).
 *    COMPARE yields bool; `is`/`is not` keep the operands' own types (None
 *    is None -> True, different types -> False).
 *  - UNARY: NOT -> bool (truthiness of sig_args[0]); NEG/POS/INVERT of bool
 *    -> int64 (Python: -True == -1).
 *  - JUMP_IF_FALSE/TRUE: truthiness of sig_args[0] (0, 0.0, -0.0, None,
 *    empty tuple are falsy; NaN is truthy).
 *  - Conversions codegen performs when sig_args differ from a value's type:
 *    widening/narrowing between ints (sign- or zero-extend by the source),
 *    bool -> int/float, int -> float, float32 <-> float64, tuple -> tuple
 *    item-wise. float -> int only happens in int() (BI_INT), which raises
 *    ValueError/OverflowError for NaN/inf like CPython.
 *  - GET_ITER of range -> TY_ITER(of = range); of a UniTuple -> TY_ITER(of =
 *    the tuple); FOR_ITER on local a pushes the item type.
 *  - CALL of BI_RANGE: sig_args all int64, result TY_RANGE (start, stop,
 *    step); step 0 raises ValueError("range() arg 3 must not be zero").
 *  - CALL of an exception class (TY_EXC_CLASS) with zero or one string
 *    literal -> TY_EXC carrying the message; RAISE takes TY_EXC_CLASS or
 *    TY_EXC.
 *  - RETURN: sig_args[0] is the function's unified return type.
 *  - STORE_LOCAL: sig_args[0] is the local's (unified) type.
 *  Added by typeinfer (additive):
 *  - A block with ninsts == 0 is unreachable (no reachable jump or
 *    fall-through leads to it): emit `unreachable` or skip it.
 *  - FOR_ITER does not end its block (the item it pushes is used by the
 *    next instruction, and the stack is only empty at block starts): codegen
 *    splits the block after it; b is the block index of the exit target.
 *  - Parameters: local_types[i] may be wider than argtypes[i] (`x = x +
 *    0.5` makes x float64): convert the incoming argument on entry.
 *  - UNPACK: value res + k holds item (a - 1 - k) (item 0 is pushed last).
 *  - INDEX of a tuple with a non-constant index (only for UniTuples):
 *    has_imm false, sig_args (tuple, int64); negative indices wrap, out of
 *    range raises IndexError("tuple index out of range").
 *  - BINARY + of two tuples: concatenation, sig_args the operands' types.
 *  - COMPARE ==/!= of tuples: same length, sig_args both the unified tuple.
 *  - CALL of len on a tuple / str literal: is_const, konst FC_INT.
 *  - CALL of int(x), round(x) (1 arg), math.floor/ceil/trunc: sig_args[0]
 *    is int64 (identity) or float64 (conversion; NaN -> ValueError, inf ->
 *    OverflowError like CPython). int() / float() / bool() with no
 *    argument: 0 / 0.0 / False.
 *  - CALL of min/max with one tuple argument: sig_args[0] the tuple, result
 *    the unified item type.
 *  - CALL of enumerate(x) -> TY_ENUMERATE (of = x's type), zip(a, b..) ->
 *    TY_ZIP (items = the iterables); GET_ITER of them -> TY_ITER; FOR_ITER
 *    pushes (int64, item) / (item_a, item_b, ...); zip stops at the
 *    shortest.
 */

typedef struct TiInst {
    FeOp op;
    int a, b; /* bytecode operands; JUMP-kind operands are block indices */
    SrcLoc loc;
    int pc; /* index of the bytecode instruction */
    int nargs;
    int *args; /* value ids consumed, in push order (first pushed first) */
    int res;   /* first value id produced, -1 if none */
    int nres;  /* number of values produced (UNPACK: a) */
    /* The operation's resolved signature: operands are converted to
     * sig_args[i] before the operation, which yields sig_ret. For
     * STORE_LOCAL, sig_args[0] is the local's type. For CALL, sig_args
     * are the callee's parameter types (arguments only, not the callee). */
    const Type **sig_args;
    const Type *sig_ret;
    /* CALL of a Python function: the callee specialisation, and for each
     * callee parameter i, argmap[i] = index into args (>= 1; args[0] is the
     * callee) or -1 for the parameter's default (fn->defaults[i]).
     * Keywords are resolved here, so codegen ignores b for such calls.
     * CALL of a builtin: the builtin is value_types[args[0]]->builtin, the
     * keyword names (print's sep/end, round's ndigits) are in the tuple
     * const fn->consts[b] (b >= 0) for the last arguments. */
    TiFunc *callee;
    int *argmap;
    /* INDEX of a tuple: the constant index, normalised to 0..nitems-1. */
    bool has_imm;
    int64_t imm;
    /* LOAD_GLOBAL / LOAD_ATTR that resolved to a frozen constant (module
     * constant, math.pi...): the value; the result type is the const's type. */
    bool is_const;
    FeConst konst;
    /* LOAD_LOCAL of a local that is not assigned on every path to here:
     * CPython raises UnboundLocalError("local variable 'x' referenced
     * before assignment") if it is unassigned at run time. (Additive.) */
    bool maybe_unbound;
} TiInst;

typedef struct TiBlock {
    int start_pc, end_pc; /* bytecode range [start, end) */
    int ninsts;
    TiInst *insts;
} TiBlock;

struct TiFunc {
    const FeFunction *fn;
    int nargs;
    const Type **argtypes;
    const Type **local_types; /* fn->nlocals; NULL for a local never stored */
    int nvalues;
    const Type **value_types; /* value id -> type */
    int nblocks;
    TiBlock *blocks;
    const Type *ret;    /* unified return type (none if no value returned) */
    const char *symbol; /* unique, LLVM-safe name, e.g. "fib.int64" */
    int index;          /* position in program->funcs */
};

typedef struct TiProgram {
    TiFunc *entry;
    int nfuncs;
    TiFunc **funcs;           /* entry first, then every callee specialisation */
    const FeOptions *options; /* of the entry function's decorator */
    Arena arena;
} TiProgram;

/* Infers `fn` for `argtypes` (see top comment). `file` names the source for
 * diagnostics. */
TiProgram *ti_infer(TiTypes *tt, const FeFunction *fn, const Type *const *argtypes, int nargs,
                    DiagList *diags);
void ti_program_free(TiProgram *p);

/* `pyjit dump --emit=types`: each source line of the function followed by
 * the inferred types of the variables assigned on it, plus the signature.
 * malloc'd. */
char *ti_dump_types(const TiProgram *p);

#endif

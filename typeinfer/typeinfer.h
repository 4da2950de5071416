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

/* BM_ARRAY: methods of arrays (a.copy()), reached through TY_METHOD. */
typedef enum { BM_BUILTINS, BM_MATH, BM_NUMPY, BM_ARRAY } TiBuiltinModule;

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
    /* TY_METHOD (additive): builtin = the method (BI_ARRAY_*), of = the
     * receiver's type. */
};

typedef struct TiTypes TiTypes;

TiTypes *ti_types_new(void);
void ti_types_free(TiTypes *tt);

/* Process-wide scalar types: TY_BOOL .. TY_NONE. */
const Type *ti_scalar(TypeKind k);
const Type *ti_tuple(TiTypes *tt, int n, const Type *const *items);
/* The type of a constant (a module global, a default, a literal): bool,
 * int64, float64, none, a string literal, or a tuple of these. */
const Type *ti_const_type(TiTypes *tt, const FeConst *c);
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
/* A bound method of an array (a.copy): builtin `m`, receiver type `recv`. */
const Type *ti_method(TiTypes *tt, TiBuiltin m, const Type *recv);
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
 *
 *  Scalar arithmetic (issue 3, replaces the Numba int rule above): the
 *  common type of BINARY/COMPARE operands is NumPy 1.24's promote_types,
 *  which is what NumPy scalars (array elements) do; Python ints are int64,
 *  floats float64, bools bool, so this equals CPython for Python values:
 *  int32 + int32 -> int32, uint8 + uint8 -> uint8, int8 + uint8 -> int16,
 *  bool + int32 -> int32, int64 + uint64 -> float64, float32 + int16 ->
 *  float32, float32 + int64 -> float64. Exceptions kept from Python: bool
 *  OP bool (arithmetic) -> int64; `/` of ints -> float64. Codegen computes
 *  in sig_args' type with wraparound: for ints narrower than 64 bits do
 *  //, % in a wider type then truncate (INT8_MIN // -1 == INT8_MIN like
 *  NumPy, never LLVM UB); ** wraps; << >> in a type other than int64:
 *  a count >= the bit width or negative gives 0 (<<) / 0 or -1 by sign
 *  (>>) like NumPy (int64 keeps Python's ValueError for a negative count).
 *  Division/modulo by zero raise ZeroDivisionError in every int/float type
 *  (Python error model, as Numba's default). UNARY -, +, ~ of an int keep
 *  its type (-uint8(3) == 253); of bool -> int64. Bitwise & | ^ << >> of
 *  int64 with uint64 is a TypingError (NumPy has no loop for it).
 *  NumPy bools: when an operand may be a NumPy scalar (an array element or
 *  computed from one; typeinfer tracks this), bool OP bool follows NumPy:
 *  BINARY + and * with sig (bool, bool) -> bool are logical OR and AND
 *  (codegen: or/and of the i1 values, not add/mul); // % ** << >> get sig
 *  (int8, int8) -> int8; / -> float64; - is a TypingError. UNARY ~ with
 *  sig_ret bool is logical NOT; + of such a bool is the identity (bool);
 *  unary - is a TypingError; abs() of it is the identity (bool).
 *  Conversions: besides those listed above, "to bool" (only in stores into
 *  bool arrays, np.bool_(x), fill values) is x != 0 (NaN -> True). "Store
 *  float -> signed int" (a scalar float stored into an int8..int64 array:
 *  STORE_INDEX element or scalar-to-view, fill(), np.full/full_like fill
 *  values) is NumPy's setitem: like int(x) (NaN -> ValueError("cannot
 *  convert float NaN to integer"), +-inf -> OverflowError("cannot convert
 *  float infinity to integer"), outside int64 -> OverflowError("Python int
 *  too large to convert to C long")), then wrap to the dtype. A float
 *  into an unsigned array, and a float array into an int array, are
 *  TypingErrors (NumPy gives platform-dependent values there). Other
 *  float -> int conversions happen only in int() and np.intN(x).
 *
 *  Arrays (issue 3). TY_ARRAY(dtype, ndim >= 1, layout 'C' | 'A'); 'C'
 *  guarantees C-contiguity (innermost stride == itemsize etc.), 'A' any
 *  strides (negative and zero too). Conversion C -> A where sig_args ask
 *  for A (stores into an A local, call arguments, returns): same data.
 *  TY_SLICE values come from BUILD_SLICE only. TY_DTYPE values (np.float64,
 *  a.dtype) and TY_METHOD receivers: see below.
 *  - BUILD_SLICE a = 2|3: args (start, stop[, step]); each sig_args[i] is
 *    none (omitted / None) or int64 (any int/bool converted). Result
 *    TY_SLICE, run-time {int64 start, stop, step} normalised as CPython's
 *    PySlice_Unpack: step None -> 1, step 0 raises ValueError("slice step
 *    cannot be zero"), step < -INT64_MAX -> -INT64_MAX; start None ->
 *    step > 0 ? 0 : INT64_MAX; stop None -> step > 0 ? INT64_MAX :
 *    INT64_MIN. Applying it to a dimension of length n is
 *    PySlice_AdjustIndices (clamp; never an IndexError); the result
 *    length is 0 when empty.
 *  - INDEX of an array: sig_args = (the array type, the index type with
 *    every int item converted to int64): int64, slice, or a tuple of
 *    int64/slice items (at most ndim of them; missing trailing indices
 *    mean `:`). Each int index: negative wraps (i += shape[d]); with
 *    boundscheck an index still outside [0, shape[d]) raises
 *    IndexError("index 5 is out of bounds for axis 0 with size 3")
 *    (NumPy's message, the original index and axis d); without it, out of
 *    range is undefined like Numba. Each slice keeps its dimension
 *    (start/step applied; stride * step). sig_ret: dtype when there are
 *    ndim int indices, else a view TY_ARRAY(dtype, ndim - #ints, layout)
 *    sharing the array's memory (reference: incref the same meminfo).
 *    Layout (Numba's rule): 'C' only if the array is 'C' and the indices
 *    are ints followed by at most one slice that is known to have step 1
 *    (2-arg slice, or constant step 1) and is the last index given; else
 *    'A'. has_imm is false for arrays. a[i][j] is two INDEXes (row view,
 *    then element).
 *  - STORE_INDEX (args value, obj, index): obj an array, index as for
 *    INDEX (sig_args[1] = array type, sig_args[2] = converted index).
 *    * Element target (ndim int indices): sig_args[0] = dtype; the value is
 *      converted to it (ints wrap, int -> float rounds, float64 -> float32,
 *      -> bool is != 0).
 *    * View target with a scalar value: sig_args[0] = dtype; every element
 *      of the view gets it (a[:] = 0, a[2:5] = x, a[i, :] = v).
 *    * View target with an array value: sig_args[0] = the value's own
 *      array type (same ndim as the view; dtype may differ, converted per
 *      element by the same rules). Shapes: per dimension equal, or the
 *      source dimension is 1 (broadcast); otherwise ValueError("could not
 *      broadcast input array from shape (3,) into shape (4,)"). Source and
 *      target may overlap (a[1:] = a[:-1]): copy as if through a temporary
 *      (NumPy's result).
 *    Augmented a[i] += v is INDEX, BINARY(b = 1), STORE_INDEX (the
 *    frontend evaluates a and i once); the BINARY result is converted back
 *    to the dtype by STORE_INDEX.
 *  - LOAD_ATTR of an array: `shape`, `strides` -> UniTuple(int64, ndim)
 *    (ndim 1: the 1-tuple (int64,)); `size` -> int64 (product of shape);
 *    `ndim`, `itemsize` -> is_const FC_INT (no run-time work); `T` -> 1-D:
 *    the same array (same type, a new reference); N-D: reversed shape and
 *    strides, layout 'A'; `dtype` -> TY_DTYPE (compile-time). `copy`,
 *    `reshape`, `fill` -> TY_METHOD (builtin = BI_ARRAY_COPY/RESHAPE/FILL,
 *    of = the array type): a bound method, represented at run time exactly
 *    as its receiver (the array: same struct, same refcounting).
 *  - CALL of a TY_METHOD: the receiver is the callee value args[0]
 *    itself; sig_args cover the explicit arguments only.
 *    * BI_ARRAY_COPY (): new C array, same dtype/ndim/shape, elements
 *      copied in C order. sig_ret array(dtype, ndim, 'C').
 *    * BI_ARRAY_RESHAPE: receiver layout is always 'C' (typeinfer rejects
 *      'A'). sig_args: one int64 per new dimension (a.reshape(2, 3)), or
 *      one UniTuple(int64, k) / (int64,) (a.reshape((2, 3))). One entry may
 *      be -1 (inferred); ValueError("cannot reshape array of size 6 into
 *      shape (4,)") when the product differs (NumPy's message, -1 shown
 *      as -1), ValueError("can only specify one unknown dimension") for
 *      two -1s. sig_ret array(dtype, k, 'C'), a view sharing the meminfo.
 *    * BI_ARRAY_FILL (x): sig_args[0] = dtype (x converted); sig_ret none.
 *  - CALL of numpy creation builtins. Shape arguments: sig_args = int64
 *    (1-D) or UniTuple(int64, k) / (int64,) (k-D); negative dimension ->
 *    ValueError("negative dimensions are not allowed"); allocation failure
 *    -> MemoryError. A dtype argument (positional or dtype=) has
 *    sig_args = its TY_DTYPE or TY_BUILTIN (float/int/bool) type:
 *    compile-time, ignore it; the dtype is sig_ret->dtype. Keyword
 *    arguments are in the CALL's keyword tuple as for print; codegen needs
 *    only sig_args order = argument order (positional then keywords, as
 *    pushed), and TiInst.argmap (for numpy builtins, additive): argmap[p]
 *    = index into args (>= 1) of the value for parameter p or -1 when
 *    defaulted; parameter lists:
 *      empty/zeros/ones(shape, dtype)          default float64
 *      full(shape, fill_value, dtype)          default dtype of fill_value
 *      empty_like/zeros_like/ones_like(a, dtype)   default a's dtype
 *      full_like(a, fill_value, dtype)         default a's dtype
 *      arange(start, stop, step, dtype)       see below
 *      linspace(start, stop, num, endpoint)   num default 50, endpoint True
 *    so codegen reads parameter p from args[argmap[p]] converted to
 *    sig_args[argmap[p] - 1]. Results are new C arrays; *_like copy the
 *    shape of a (any layout) and are C. zeros/ones/full(_like) fill with
 *    0/1/fill_value converted to the dtype; empty leaves memory
 *    uninitialised.
 *    * arange: one argument is stop (argmap[0] = -1 start 0, argmap[1] =
 *      the argument), two are start, stop, three add step (argmap[2] -1:
 *      step 1). Argument sig_args are all int64 when every argument is an
 *      int/bool, else all float64. Result 1-D C array of dtype int64
 *      (all ints, no dtype), float64 (some float, no dtype), or the dtype
 *      given (not bool). Length = ceil((stop - start) / step) (float64
 *      arithmetic for float arguments, NaN/inf length -> ValueError("arange:
 *      cannot compute length"); exact integer arithmetic for int64),
 *      clamped at 0; step 0 -> ZeroDivisionError("division by zero").
 *      NumPy's fill: v0 = start and v1 = start + step (computed in the
 *      argument type) converted to the dtype T (float -> int: C truncation),
 *      then element i = v0 + (T)i * (v1 - v0) computed in T.
 *      (np.arange(1, 3, 0.5, dtype=np.int64) == [1, 1, 1, 1].)
 *    * linspace: start/stop sig float64, num int64, endpoint bool; result
 *      float64 1-D C. num < 0 -> ValueError("Number of samples, -1, must
 *      be non-negative."). div = endpoint ? num - 1 : num; step = (stop -
 *      start) / div; element i = start + i * step if div > 0 and step !=
 *      0, start + (i / div) * (stop - start) if step == 0, start + i *
 *      (stop - start) if div == 0 (NaN step); with endpoint and num > 1 the
 *      last element is exactly stop.
 *  - CALL of a TY_DTYPE value (np.float64(x), np.int32(x), np.bool_(x)):
 *    one number argument, sig_args[0] = its own type, sig_ret =
 *    callee->dtype. int -> int wraps (np.uint8(300) == 44); float -> int
 *    truncates like int() (NaN ValueError, inf OverflowError) then wraps;
 *    -> bool is != 0; with no argument: 0 / 0.0 / False.
 *  - CALL of len on an array: sig_args[0] the array, result int64 =
 *    shape[0].
 *  - GET_ITER of an array -> TY_ITER(of = the array); FOR_ITER yields
 *    a[0], a[1], ... a[shape[0] - 1]: the element (1-D, dtype) or the row
 *    view array(dtype, ndim - 1, layout of the array). enumerate(a) and
 *    zip(..., a, ...) of arrays: TY_ENUMERATE/TY_ZIP with the array as
 *    `of`/item, items as above (zip stops at the shortest).
 *  - LOAD_ATTR of module numpy: dtypes (float64, float32, int8..int64,
 *    uint8..uint64, bool_, intp, uintp, int_, float_, double, single)
 *    -> TY_DTYPE (no run-time data); constants pi, e, inf, nan ->
 *    is_const FC_FLOAT; the creation functions -> TY_BUILTIN.
 *  - Arrays may be call arguments of jitted callees, returned, and tuple
 *    items (returned tuples containing arrays).
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
     * const fn->consts[b] (b >= 0) for the last arguments.
     * CALL of a numpy creation builtin (additive): argmap[p] for each of
     * its parameters (list in the conventions above), callee NULL. */
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

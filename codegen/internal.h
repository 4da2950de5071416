/* codegen/internal.h — shared by the files of codegen/ only.
 * The lowering state (module-wide CgModule, per-function CgFunc), the data
 * model (Type → LLVM type), and the helpers lower.c, ops.c and builtins.c
 * use to emit Python semantics. */
#ifndef PYJIT_CODEGEN_INTERNAL_H
#define PYJIT_CODEGEN_INTERNAL_H

#include "codegen.h"
#include "runtime.h"

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

struct CgTarget {
    char *triple;
    char *cpu;
    char *features;
    LLVMTargetRef target;
    LLVMTargetMachineRef tm;     /* JITDefault code model: what MCJIT uses */
    LLVMTargetMachineRef tm_asm; /* Default code model: readable asm dumps */
};

/* A status check after a call between program functions (lower.c). */
typedef struct CgStatusCheck {
    LLVMValueRef br; /* conditional branch to the exception exit */
    int caller, callee;
} CgStatusCheck;

/* An LLVM block on the straight line of segment `tblock` (lower.c). */
typedef struct CgLineBlock {
    LLVMBasicBlockRef bb;
    int tblock;
} CgLineBlock;

/* Module-wide lowering state. */
typedef struct CgModule {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    const TiProgram *prog;
    const CgOptions *opts;
    DiagList *diags;
    bool failed;
    LLVMValueRef *funcs;  /* internal function of program->funcs[i] */
    LLVMValueRef wrapper; /* <entry symbol>.cabi */
    bool *raises;         /* per function: can it return status 1? */
    Vec(CgStatusCheck) checks;
    Map strings;        /* C string constant globals by content */
    Arena arena;        /* codegen-private types (cg_array_type), freed with the module */
    LLVMValueRef pow10; /* [19 x i64] table for round(int, -n), lazily */
    /* Some function can reach itself: every .impl function takes a
     * trailing i64 stack floor (rt_stack_enter) and call edges that can
     * recurse compare the frame address with it. With `unwind` (no frame
     * of the program holds references) the entry registers a jmp_buf and
     * an overflow longjmps there: no status to propagate, so recursion
     * stays about as fast as without the check. Otherwise the overflow
     * raises like any other exception. */
    bool stackcheck, unwind;
    bool *reach;      /* reach[i * nfuncs + j]: funcs[i] may (transitively) call funcs[j] */
    SrcLoc loc;       /* of the instruction being lowered */
    const char *file; /* its source file */
    LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, ptr, empty, voidt;
    /* cg_extract's memo: (aggregate, index) -> extractvalue already built,
     * reused in the same LLVM block or when built in `dom` (the current
     * function's params block, which dominates all its code). */
    Map extracts;
    LLVMBasicBlockRef dom;
    /* The LLVM blocks on the straight line of each segment of an IR block
     * (lower.c; code emitted there dominates the rest of the segment, and
     * so every segment it dominates: tdom), for cg_extract's memo. */
    Vec(CgLineBlock) doms;
    const bool *tdom;          /* tdom[s * ntblocks + t]: segment t dominates s */
    int ntblocks, cur_tblock;  /* number of segments, the current one */
    LLVMValueRef md_expect[2]; /* !prof of cg_cond_br: [likely] */
    struct CgDebug *di;        /* DWARF state (debuginfo.c); NULL unless opts->debug */
} CgModule;

/* A stack slot holding a value that owns references (lower.c). */
typedef struct CgSlot {
    LLVMValueRef slot;
    const Type *t;
    LLVMValueRef v; /* the value stored in it (value form) */
    int idx;        /* in CgFunc.slots */
    int exc_mark;   /* edges into the exception exit when it was filled */
    bool dropped;   /* (in CgFunc.slots) the exception exit needs not drop it */
} CgSlot;

/* An incref that a later decref of the same value may cancel (lower.c). */
typedef struct CgIncref {
    LLVMValueRef v, add, br; /* the array, its atomic add, the NULL check */
    int exc_mark;            /* exits (exc_edges) when it was made */
} CgIncref;

/* Per-function lowering state. */
typedef struct CgFunc {
    CgModule *m;
    const TiFunc *tf;
    LLVMValueRef fn;
    LLVMTypeRef rettype;       /* {i32 status, <ret mem>} of this .impl function */
    LLVMValueRef *locals;      /* entry-block alloca per local (NULL if never stored) */
    LLVMValueRef *vals;        /* value id -> LLVM value (value form) */
    LLVMValueRef *assigned;    /* i1 alloca per local that may be read unbound, or NULL */
    LLVMBasicBlockRef *blocks; /* TiBlock -> LLVM block */
    LLVMBasicBlockRef allocas; /* entry block: allocas only, then br */
    LLVMBasicBlockRef exc;     /* returns {1, zero} */
    LLVMValueRef file, name;   /* C strings for rt_raise */
    LLVMValueRef floor;        /* i64 stack floor parameter (m->stackcheck) or NULL */
    int checked_block;         /* TiBlock whose frame is already checked, or -1 */
    int cur_block;             /* TiBlock being lowered */
    const TiInst *inst;        /* instruction being lowered (for locations) */
    /* Owned references (lower.c): values that hold a reference the
     * function must drop — new arrays, call results, the old value of an
     * overwritten local — live in zeroed slots; `live` are those filled in
     * the current IR block (dropped when control leaves it), `slots` all of
     * them (dropped on the exception exit, NULL-safe). */
    Vec(CgSlot) live, slots;
    bool *borrowed;     /* per local: a parameter never reassigned borrows the
                           caller's reference (no incref on entry, no decref) */
    bool *nonneg_iter;  /* per local: a range iterator whose items are >= 0 */
    bool nonneg_next;   /* the FOR_ITER being lowered iterates nonneg_iter */
    int64_t *iter_step; /* per local: a range iterator's constant step, or 0 */
    int64_t next_step;  /* iter_step of the FOR_ITER being lowered */
    /* Value forms of locals, so that reading a local does not reload it:
     * `fixed` for parameters never reassigned (valid everywhere), `known`
     * for the value last stored or loaded in the current IR block (reset
     * at each block start: an IR block is straight-line code, and each
     * position the lowering reaches in it is dominated by the earlier
     * ones). */
    LLVMValueRef *fixed, *known;
    /* per local: still holds the entry block's zero (no reference to drop
     * when it is first stored); only in an entry block nothing jumps to */
    bool *fresh;
    /* per local: the IR block of its only store (else -1), and the value
     * stored there once lowered: the local in every IR block that block
     * dominates (fixed) */
    int *single_block;
    LLVMValueRef *single_v;
    int *single_seg; /* the segment (lower.c) of that store */
    /* increfs of arrays stored in locals in this block since its last
     * release (lower.c: cancelled against the decref of the same value) */
    Vec(CgIncref) increfs;
    int for_exits;      /* FOR_ITER exits that dropped this block's slots so far */
    bool *nonneg_local; /* per local: every value stored is a range item >= 0 */
    Map nonneg;         /* LLVM values known to be >= 0 (keys only) */
} CgFunc;

/* ---- datamodel.c ---- */
/* True for types whose values hold references (arrays, tuples of them...). */
bool cg_has_refs(const Type *t);
/* True for types with no run-time data (none, str literal, function, ...). */
bool cg_is_ctonly(const Type *t);
/* LLVM type of a value in SSA form (bool -> i1). */
LLVMTypeRef cg_value_type(CgModule *m, const Type *t);
/* LLVM type in memory, in tuples and across internal calls (bool -> i8). */
LLVMTypeRef cg_mem_type(CgModule *m, const Type *t);
/* Layout of an iterator over an iterable of type `of` (range, UniTuple,
 * enumerate, zip); TY_ITER values use it. */
LLVMTypeRef cg_iter_type(CgModule *m, const Type *of);
LLVMValueRef cg_to_mem(CgModule *m, LLVMValueRef v, const Type *t);
LLVMValueRef cg_from_mem(CgModule *m, LLVMValueRef v, const Type *t);
/* The empty `{}` value of compile-time-only types. */
LLVMValueRef cg_empty(CgModule *m);

/* ---- lower.c ---- */
/* Lowers the whole program into m->mod (m->ctx, mod, b, prog, opts, diags
 * set by the caller). False, with diagnostics added, on failure. */
bool cg_lower_program(CgModule *m);
/* Records an error diagnostic (first one wins for the failure) and marks
 * the module failed; lowering continues with placeholder values. */
void cg_fail(CgModule *m, const char *kind, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void cg_fail_here(CgFunc *f, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Pointer to a private NUL-terminated constant string. */
LLVMValueRef cg_cstr(CgModule *m, const char *s);
/* Declares (once) an external function. */
LLVMValueRef cg_extern(CgModule *m, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n);
LLVMValueRef cg_call(CgModule *m, LLVMValueRef fn, LLVMValueRef *args, int n);
/* Calls an overloaded intrinsic such as "llvm.sqrt" on `ty`. */
LLVMValueRef cg_intrinsic(CgModule *m, const char *name, LLVMTypeRef ty, LLVMValueRef *args, int n);
/* An alloca in the entry block, zero-initialised there. */
LLVMValueRef cg_alloca(CgFunc *f, LLVMTypeRef ty, const char *name);
LLVMBasicBlockRef cg_block(CgFunc *f, const char *name);
/* Raises `type(msg)` at the current instruction's location: rt_raise and
 * return status 1. The builder continues in a fresh (unreachable) block. */
void cg_raise(CgFunc *f, const char *type, const char *msg);
/* A block that raises `type(msg)` (for hand-built branches); the builder
 * stays where it was. */
LLVMBasicBlockRef cg_raise_block(CgFunc *f, const char *type, const char *msg);
/* Raises when `cond` (i1) is true; continues on the false edge. */
void cg_raise_if(CgFunc *f, LLVMValueRef cond, const char *type, const char *msg);
/* Propagates a non-zero status of an internal/runtime call. */
void cg_check_status(CgFunc *f, LLVMValueRef status);
/* Leaves for the exception exit when `failed` (i1) is true (the runtime
 * call that failed has set the exception). */
void cg_exc_if(CgFunc *f, LLVMValueRef failed);
/* Location arguments for runtime helpers: file, func, line, col. */
void cg_loc_args(CgFunc *f, LLVMValueRef *out4);
/* A constant of type `t` from a frontend constant (LOAD_CONST rules, then
 * converted to t). */
LLVMValueRef cg_const(CgFunc *f, const FeConst *c, const Type *t);
/* extractvalue that looks through insertvalue chains (a tuple or array
 * built and taken apart again costs nothing) and reuses an identical
 * extract that dominates the builder's position. */
LLVMValueRef cg_extract(CgModule *m, LLVMValueRef agg, unsigned idx, const char *name);
/* A conditional branch whose condition is (likely) / is not (!likely)
 * expected true: branch weights, as lower-expect makes of llvm.expect. */
LLVMValueRef cg_cond_br(CgModule *m, LLVMValueRef cond, LLVMBasicBlockRef then,
                        LLVMBasicBlockRef els, bool likely);
/* select / or / and that fold a constant i1 operand. */
LLVMValueRef cg_select(CgModule *m, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b,
                       const char *name);
LLVMValueRef cg_or(CgModule *m, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_and(CgModule *m, LLVMValueRef a, LLVMValueRef b);
/* An entry-block alloca without the zero store (fully written before any
 * read, and never read by the exception exit). */
LLVMValueRef cg_alloca_uninit(CgFunc *f, LLVMTypeRef ty, const char *name);
/* Is the i64 value v known to be >= 0 (constant, range item, shape...)? */
bool cg_known_nonneg(CgFunc *f, LLVMValueRef v);
void cg_mark_nonneg(CgFunc *f, LLVMValueRef v);
/* Puts fast-math flags on a float instruction when opts->fastmath. */
LLVMValueRef cg_fm(CgFunc *f, LLVMValueRef inst);

/* ---- ops.c ---- */
LLVMValueRef cg_convert(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to);
/* i1: Python truthiness of v. */
LLVMValueRef cg_truth(CgFunc *f, LLVMValueRef v, const Type *t);
/* a OP b with both operands of type t (sig_args); result of type `ret`. */
LLVMValueRef cg_binary(CgFunc *f, FeBinOp op, LLVMValueRef a, LLVMValueRef b, const Type *t,
                       const Type *ret);
/* Comparison of the unconverted operands a: oa and b: ob in the common
 * types ta/tb (sig_args); int64 vs float64 compares exactly like CPython.
 * Returns i1. */
LLVMValueRef cg_compare(CgFunc *f, FeCmpOp op, LLVMValueRef a, LLVMValueRef b, const Type *oa,
                        const Type *ob, const Type *ta, const Type *tb);
LLVMValueRef cg_unary(CgFunc *f, FeUnOp op, LLVMValueRef v, const Type *t, const Type *ret);
/* float -> int64 conversion with CPython's NaN/inf errors (int(), floor...). */
LLVMValueRef cg_float_to_int_store(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to);
LLVMValueRef cg_float_to_int(CgFunc *f, LLVMValueRef v, const Type *from, const Type *to);
/* Floor division / modulo of signed ints (Python semantics, b != 0). */
LLVMValueRef cg_int_floordiv(CgFunc *f, LLVMValueRef a, LLVMValueRef b, bool want_mod);
bool cg_is_fconst(LLVMValueRef v, double *out);

/* ---- arrays.c ---- */
int cg_itemsize(const Type *dtype);
const Type *cg_array_type(CgModule *m, const Type *dtype, int ndim, char layout);
LLVMValueRef cg_arr_meminfo(CgModule *m, LLVMValueRef a);
LLVMValueRef cg_arr_data(CgModule *m, LLVMValueRef a);
LLVMValueRef cg_arr_shape(CgModule *m, LLVMValueRef a, int d);
LLVMValueRef cg_arr_stride(CgModule *m, LLVMValueRef a, const Type *t, int d);
/* References: incref (inline atomic add) / decref (rt_nrt_decref) of every
 * meminfo inside a value of type t; no-ops for types without refs. */
void cg_incref(CgFunc *f, LLVMValueRef v, const Type *t);
void cg_decref(CgFunc *f, LLVMValueRef v, const Type *t);
/* Incref of array a; returns the atomic add and in *br the branch that
 * skips it for NULL (so that lower.c can cancel it against a decref). */
LLVMValueRef cg_incref_array(CgFunc *f, LLVMValueRef a, LLVMValueRef *br);
/* Decref of the array stored at p (loads only its meminfo, field 0). */
void cg_decref_array_at(CgFunc *f, LLVMValueRef p);
LLVMValueRef cg_load_elem(CgModule *m, LLVMValueRef p, const Type *dtype);
LLVMValueRef cg_store_convert(CgFunc *f, LLVMValueRef v, const Type *from, const Type *dtype);
LLVMValueRef cg_array_index(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef iv,
                            const Type *it, const Type *rt);
void cg_array_store(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef iv, const Type *it,
                    LLVMValueRef v, const Type *from, const Type *vt);
LLVMValueRef cg_build_slice(CgFunc *f, LLVMValueRef *v, const Type **t, int n);
/* NULL if `name` is not an array attribute codegen knows. */
LLVMValueRef cg_array_attr(CgFunc *f, LLVMValueRef a, const Type *t, const char *name,
                           const Type *rt);
LLVMValueRef cg_array_method(CgFunc *f, const TiInst *in);
LLVMValueRef cg_numpy_call(CgFunc *f, const TiInst *in, TiBuiltin id);
LLVMValueRef cg_array_iter_next(CgFunc *f, const Type *t, LLVMValueRef p, LLVMBasicBlockRef done,
                                const Type *want);
/* The C ABI (include/pyjit.h): jit_array, and tuples holding them inline. */
LLVMTypeRef cg_jit_array_type(CgModule *m);
LLVMTypeRef cg_abi_mem_type(CgModule *m, const Type *t);
LLVMValueRef cg_from_abi(CgModule *m, LLVMValueRef p, const Type *t);
void cg_to_abi(CgModule *m, LLVMValueRef v, const Type *t, LLVMValueRef p);

/* ---- builtins.c ---- */
/* CALL of a TY_BUILTIN callee. */
LLVMValueRef cg_builtin(CgFunc *f, const TiInst *in);
/* ---- pyhelpers.c ---- */
double cg_rt_int_truediv(int64_t a, int64_t b);
void cg_rt_index_error(int64_t index, int64_t axis, int64_t size, const char *file,
                       const char *func, int line, int col);
void cg_rt_broadcast_error(const int64_t *shapes, int64_t ndim, const char *file, const char *func,
                           int line, int col);
void cg_rt_reshape_error(int64_t size, const int64_t *shape, int64_t ndim, const char *file,
                         const char *func, int line, int col);
void cg_rt_linspace_error(int64_t num, const char *file, const char *func, int line, int col);

/* Address of an external symbol: rt_symbols, then codegen's own helpers
 * and libm. */
void *cg_lookup_symbol(const char *name);

/* ---- debuginfo.c (DWARF, opts->debug; each call is a no-op without it) ---- */
typedef struct CgDebug CgDebug;
/* Compile unit for the entry's source file and the module flags; call
 * before lowering. */
void cg_di_begin_module(CgModule *m);
/* Subprogram "name(argtypes)" for f->fn; the builder's location becomes the
 * def line. Call before building any instruction of f. */
void cg_di_begin_function(CgFunc *f);
/* The builder's location becomes in's line:col (every lowered TiInst). */
void cg_di_set_location(CgFunc *f, const TiInst *in);
/* Parameters and named locals of f (its entry-block allocas) as variables. */
void cg_di_declare_locals(CgFunc *f);
/* DWARF type of an array local laid out as `mem` (NULL if not described). */
LLVMMetadataRef cg_di_array_type(CgModule *m, const Type *t, LLVMTypeRef mem);
/* Describes the wrappers, repairs stray locations, finalizes and frees the
 * debug state; call after lowering (even a failed one), before verifying. */
void cg_di_finish(CgModule *m);

/* ---- perfmap.c ---- */
/* opts->perf_map or PYJIT_PERF_MAP=1 (not "0") in the environment. */
bool cg_perf_map_wanted(const CgOptions *opts);
/* After MCJIT finalised p (its C-ABI entry at wrapper_addr): appends
 * "ADDR SIZE name" for each of its functions to /tmp/perf-PID.map. False
 * if the object or the file could not be found/written. */
bool cg_perf_map_write(const TiProgram *p, void *wrapper_addr);

/* postopt.c: after O2/O3, moves each x86 int(float) exactness check behind
 * the compare of its result when that compare cannot pass for the
 * INT64_MIN sentinel (`0 <= b < n`). Returns the number of checks moved. */
int cg_sink_toint_checks(LLVMModuleRef mod);

#endif

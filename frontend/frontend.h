/* frontend — Python source text → AST → pyjit bytecode, per module.
 *
 * Input: a file name and its source text (Python 3.12 syntax). Output: an
 * FeModule holding the module's frozen constants, its imports and one
 * FeFunction (bytecode) per top-level `def`. The whole module is parsed; a
 * syntax error anywhere fails the load. Every top-level def is compiled to
 * bytecode: errors in a def's body (unsupported constructs) are kept in
 * fn->diags, jitted or not, and reported when the function is compiled
 * (lazily, like Numba: one bad kernel does not block the others); errors in
 * decorators fail the load.
 *
 * Memory: the FeModule owns everything reachable from it (one arena);
 * identifiers and names are interned in the Interner passed in, which must
 * outlive the module. fe_module_free releases it.
 * What can fail: fe_load_module returns NULL after adding diagnostics to
 * `diags`: "SyntaxError" (also "IndentationError" / "TabError", as CPython
 * names them) for invalid Python, "UnsupportedError" for constructs pyjit
 * does not compile (message names the construct), "TypeError" for bad
 * decorator options. Never prints, never exits. */
#ifndef PYJIT_FRONTEND_H
#define PYJIT_FRONTEND_H

#include "support.h"

/* ---- opcodes ---- */
typedef enum {
#define X(name, ka, kb, pops, pushes, doc) OP_##name,
#include "opcodes.def"
#undef X
    OP__COUNT
} FeOp;

typedef enum {
    OPK_NONE,
    OPK_CONST,
    OPK_LOCAL,
    OPK_NAME,
    OPK_JUMP,
    OPK_COUNT,
    OPK_BINOP,
    OPK_UNOP,
    OPK_CMPOP,
    OPK_FLAG
} FeOperandKind;

typedef struct FeOpInfo {
    const char *name;
    FeOperandKind a, b;
    int pops, pushes; /* -1: depends on operand a */
    const char *doc;
} FeOpInfo;

extern const FeOpInfo fe_opinfo[OP__COUNT];

/* Operand a of BINARY (also the augmented form). */
/* clang-format off */
#define FE_BINOPS(X)      \
    X(BIN_ADD, "+")       \
    X(BIN_SUB, "-")       \
    X(BIN_MUL, "*")       \
    X(BIN_TRUEDIV, "/")   \
    X(BIN_FLOORDIV, "//") \
    X(BIN_MOD, "%")       \
    X(BIN_POW, "**")      \
    X(BIN_LSHIFT, "<<")   \
    X(BIN_RSHIFT, ">>")   \
    X(BIN_AND, "&")       \
    X(BIN_OR, "|")        \
    X(BIN_XOR, "^")       \
    X(BIN_MATMUL, "@")
/* clang-format on */
typedef enum {
#define X(e, s) e,
    FE_BINOPS(X)
#undef X
        BIN__COUNT
} FeBinOp;

/* Operand a of UNARY. */
#define FE_UNOPS(X) X(UN_NEG, "-") X(UN_POS, "+") X(UN_INVERT, "~") X(UN_NOT, "not")
typedef enum {
#define X(e, s) e,
    FE_UNOPS(X)
#undef X
        UN__COUNT
} FeUnOp;

/* Operand a of COMPARE. */
/* clang-format off */
#define FE_CMPOPS(X)        \
    X(CMP_LT, "<")          \
    X(CMP_LE, "<=")         \
    X(CMP_EQ, "==")         \
    X(CMP_NE, "!=")         \
    X(CMP_GT, ">")          \
    X(CMP_GE, ">=")         \
    X(CMP_IS, "is")         \
    X(CMP_IS_NOT, "is not") \
    X(CMP_IN, "in")         \
    X(CMP_NOT_IN, "not in")
/* clang-format on */
typedef enum {
#define X(e, s) e,
    FE_CMPOPS(X)
#undef X
        CMP__COUNT
} FeCmpOp;

extern const char *const fe_binop_names[BIN__COUNT];
extern const char *const fe_unop_names[UN__COUNT];
extern const char *const fe_cmpop_names[CMP__COUNT];

/* ---- constants ---- */
typedef enum { FC_NONE, FC_BOOL, FC_INT, FC_FLOAT, FC_STR, FC_TUPLE } FeConstKind;

typedef struct FeConst {
    FeConstKind kind;
    union {
        bool b;
        int64_t i;
        double f;
        const char *s; /* FC_STR: decoded text, NUL-terminated (interned) */
        struct {
            int n;
            struct FeConst *items;
        } tuple;
    } v;
} FeConst;

/* ---- bytecode ---- */
typedef struct FeInstr {
    FeOp op;
    int32_t a, b; /* operands, meaning per opcodes.def */
    SrcLoc loc;   /* of the source construct that produced it */
} FeInstr;

typedef struct FeModule FeModule;

/* Decorator options, Numba names. */
typedef struct FeOptions {
    bool fastmath, boundscheck, cache, parallel, nogil;
    bool boundscheck_set;    /* boundscheck given explicitly */
    const char *error_model; /* "python" (default) or "numpy"; interned */
    bool debug;              /* debug=True: DWARF debug info (docs/debugging.md) */
} FeOptions;

typedef struct FeFunction {
    const char *name; /* interned */
    SrcLoc loc;       /* of the `def` keyword */
    FeModule *module;
    int nparams;
    const char **params; /* locals 0..nparams-1 */
    FeConst **defaults;  /* nparams entries; NULL where no default */
    int nlocals;         /* params first, then assigned names, then hidden '$' locals */
    const char **local_names;
    int ncode;
    FeInstr *code;
    int nconsts;
    FeConst *consts;
    int nnames;
    const char **names; /* interned; for LOAD_GLOBAL / LOAD_ATTR */
    bool jitted;        /* decorated with @jit / @njit / ... */
    FeOptions options;
    int nsigs;
    const char **sigs; /* eager signature strings, e.g. "float64(float64, int64)" */
    SrcLoc sig_loc;    /* location of the decorator (for eager-compile errors) */
    DiagList diags;    /* errors compiling this def's body (nerrors == 0
                          means the bytecode is valid) */
} FeFunction;

/* What a module-level name is bound to. */
typedef enum {
    FG_CONST,    /* frozen constant: value */
    FG_MODULE,   /* import math / import numpy as np / import pyjit|numba: module */
    FG_IMPORTED, /* from math import sqrt: module + attr */
    FG_FUNCTION, /* a top-level def: func */
    FG_OPAQUE    /* assigned something pyjit cannot freeze: using it is an error */
} FeGlobalKind;

typedef struct FeGlobal {
    const char *name; /* interned */
    FeGlobalKind kind;
    SrcLoc loc;
    FeConst value;      /* FG_CONST */
    const char *module; /* FG_MODULE / FG_IMPORTED: "math", "numpy", "pyjit", "numba" (interned) */
    const char *attr;   /* FG_IMPORTED: name inside the module (interned) */
    FeFunction *func;   /* FG_FUNCTION */
} FeGlobal;

struct FeModule {
    const char *filename; /* as given */
    char *source;         /* copy of the source text (for diagnostics) */
    int nglobals;
    FeGlobal *globals; /* in source order; a later binding of a name wins */
    int nfuncs;
    FeFunction **funcs; /* top-level defs in source order */
    Interner *interner;
    Arena arena;
    double bytecode_ms; /* of fe_load_module's time: compiling the defs to bytecode */
};

/* Loads a module (see the top comment). */
FeModule *fe_load_module(const char *filename, const char *source, Interner *in, DiagList *diags);
void fe_module_free(FeModule *m);
/* The top-level def named `name` (interned or not), or NULL. */
FeFunction *fe_module_function(const FeModule *m, const char *name);
/* The module-level binding of `name`, or NULL. */
const FeGlobal *fe_module_global(const FeModule *m, const char *name);

/* Checks the bytecode invariants of fn (operands in range, consistent stack
 * depth on every path, empty stack at every jump target, no fall-off without
 * RETURN). Returns NULL if valid, else a malloc'd description. */
char *fe_verify_function(const FeFunction *fn);

/* Disassembly of one function (docs/bytecode.md shows the format). malloc'd. */
char *fe_dump_function(const FeFunction *fn);
/* Appends the repr of a constant as CPython prints it. */
void fe_const_repr(StrBuf *sb, const FeConst *c);

#endif

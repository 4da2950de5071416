/* tests/typeinfer/test_hand.c — inference on hand-assembled bytecode, so the
 * inferencer is tested independently of the frontend (and on bytecode the
 * frontend would never produce: it must not crash). */
#include <criterion/criterion.h>
#include <string.h>

#include "typeinfer.h"

#define I(op, a, b)                                                                                \
    {                                                                                              \
        OP_##op, a, b,                                                                             \
        {                                                                                          \
            __LINE__, 1                                                                            \
        }                                                                                          \
    }

static Interner in;
static TiTypes *tt;
static DiagList dl;
static FeModule mod;

static void setup(void)
{
    interner_init(&in);
    tt = ti_types_new();
    diag_init(&dl);
    memset(&mod, 0, sizeof mod);
    mod.filename = "hand.py";
    mod.interner = &in;
}
static void teardown(void)
{
    diag_free(&dl);
    ti_types_free(tt);
    interner_free(&in);
}
TestSuite(hand, .init = setup, .fini = teardown);

static const char *fib_names[] = {"fib"};
static const char *fib_params[] = {"n"};
static FeInstr fib_code[] = {
    I(LOAD_LOCAL, 0, 0),   I(LOAD_CONST, 0, 0),   I(COMPARE, CMP_LT, 0), I(JUMP_IF_FALSE, 6, 0),
    I(LOAD_LOCAL, 0, 0),   I(RETURN, 0, 0),       I(LOAD_GLOBAL, 0, 0),  I(LOAD_LOCAL, 0, 0),
    I(LOAD_CONST, 1, 0),   I(BINARY, BIN_SUB, 0), I(CALL, 1, -1),        I(LOAD_GLOBAL, 0, 0),
    I(LOAD_LOCAL, 0, 0),   I(LOAD_CONST, 0, 0),   I(BINARY, BIN_SUB, 0), I(CALL, 1, -1),
    I(BINARY, BIN_ADD, 0), I(RETURN, 0, 0),
};
static FeConst fib_consts[] = {{.kind = FC_INT, .v.i = 2}, {.kind = FC_INT, .v.i = 1}};
static FeConst *fib_defaults[] = {NULL};

static FeFunction *make_fib(void)
{
    static FeFunction fn;
    static FeGlobal g;
    static FeFunction *funcs[1];
    memset(&fn, 0, sizeof fn);
    fn.name = intern(&in, "fib");
    fn.loc = (SrcLoc){1, 1};
    fn.module = &mod;
    fn.nparams = 1;
    fn.params = fib_params;
    fn.defaults = fib_defaults;
    fn.nlocals = 1;
    fn.local_names = fib_params;
    fn.ncode = sizeof fib_code / sizeof fib_code[0];
    fn.code = fib_code;
    fn.nconsts = 2;
    fn.consts = fib_consts;
    fn.nnames = 1;
    fib_names[0] = fn.name;
    fn.names = fib_names;
    fn.jitted = true;
    g = (FeGlobal){.name = fn.name, .kind = FG_FUNCTION, .func = &fn};
    mod.nglobals = 1;
    mod.globals = &g;
    funcs[0] = &fn;
    mod.nfuncs = 1;
    mod.funcs = funcs;
    return &fn;
}

Test(hand, fib_types_as_int64)
{
    FeFunction *fn = make_fib();
    const Type *args[] = {ti_scalar(TY_INT64)};
    TiProgram *p = ti_infer(tt, fn, args, 1, &dl);
    cr_assert_not_null(p, "%s", dl.items.len ? dl.items.data[0].message : "");
    cr_assert_eq(p->nfuncs, 1);
    cr_assert_eq(p->entry->ret, ti_scalar(TY_INT64));
    cr_assert_str_eq(p->entry->symbol, "fib.int64");
    cr_assert_eq(p->entry->nblocks, 3); /* [0,4) [4,6) [6,18) */
    /* the recursive calls resolve to the entry itself */
    TiBlock *b = &p->entry->blocks[2];
    int ncalls = 0;
    for (int i = 0; i < b->ninsts; i++)
        if (b->insts[i].op == OP_CALL) {
            cr_assert_eq(b->insts[i].callee, p->entry);
            cr_assert_eq(b->insts[i].argmap[0], 1);
            cr_assert_eq(b->insts[i].sig_ret, ti_scalar(TY_INT64));
            ncalls++;
        }
    cr_assert_eq(ncalls, 2);
    cr_assert_eq(p->entry->blocks[0].insts[3].a, 2, "jump operand is a block index");
    ti_program_free(p);
}

Test(hand, fib_of_float_is_float)
{
    FeFunction *fn = make_fib();
    const Type *args[] = {ti_scalar(TY_FLOAT64)};
    TiProgram *p = ti_infer(tt, fn, args, 1, &dl);
    cr_assert_not_null(p);
    cr_assert_eq(p->entry->ret, ti_scalar(TY_FLOAT64));
    cr_assert_str_eq(p->entry->symbol, "fib.float64");
    ti_program_free(p);
}

Test(hand, wrong_arg_count)
{
    FeFunction *fn = make_fib();
    cr_assert_null(ti_infer(tt, fn, NULL, 0, &dl));
    cr_assert_eq(dl.nerrors, 1);
    cr_assert_str_eq(dl.items.data[0].message,
                     "fib() takes 1 positional argument but 0 were given");
}

/* Malformed bytecode: reported, never a crash. */
Test(hand, malformed_bytecode_is_an_error)
{
    static FeInstr bad[][3] = {
        {I(RETURN, 0, 0), I(NOP, 0, 0), I(NOP, 0, 0)},         /* stack underflow */
        {I(LOAD_CONST, 7, 0), I(RETURN, 0, 0), I(NOP, 0, 0)},  /* const out of range */
        {I(JUMP, 99, 0), I(NOP, 0, 0), I(NOP, 0, 0)},          /* jump out of range */
        {I(LOAD_CONST, 0, 0), I(NOP, 0, 0), I(NOP, 0, 0)},     /* falls off the end */
        {I(LOAD_LOCAL, 5, 0), I(RETURN, 0, 0), I(NOP, 0, 0)},  /* local out of range */
        {I(LOAD_CONST, 0, 0), I(JUMP, 2, 0), I(RETURN, 0, 0)}, /* stack at block end */
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        FeFunction *fn = make_fib();
        fn->code = bad[k];
        fn->ncode = 3;
        DiagList d;
        diag_init(&d);
        const Type *args[] = {ti_scalar(TY_INT64)};
        cr_expect_null(ti_infer(tt, fn, args, 1, &d), "case %zu", k);
        cr_expect_geq(d.nerrors, 1, "case %zu", k);
        diag_free(&d);
    }
}

/* tests/codegen/harness.h — compile Python source through frontend →
 * typeinfer → codegen for the codegen tests, and call the C-ABI wrapper
 * through libffi. */
#ifndef PYJIT_TEST_CG_HARNESS_H
#define PYJIT_TEST_CG_HARNESS_H

#include "codegen.h"
#include "runtime.h"

typedef struct Compiled {
    CgCode *code;
    TiProgram *prog;
    const Type *ret;
    int nargs;
    const Type **args;
    char *diags; /* rendered diagnostics when compilation failed */
} Compiled;

typedef union Val {
    int64_t i;
    double f;
    bool b;
} Val;

void h_setup(void);
void h_teardown(void);
/* Loads `src` as module "test.py" (cached per source text) and compiles
 * function `fname` for the signature string argtypes ("int64, float64").
 * Returns false with c->diags set on failure. */
bool h_compile(Compiled *c, const char *src, const char *fname, const char *argtypes,
               const CgOptions *opts);
void h_free(Compiled *c);
/* Calls the wrapper; a tuple result goes to `tuple_out` (bytes), a scalar
 * to *ret. */
void h_call(const Compiled *c, const Val *args, Val *ret, void *tuple_out);
CgTarget *h_target(void);

#endif

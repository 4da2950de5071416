/* fuzz/fuzz_frontend.c — libFuzzer target: arbitrary bytes → lexer, parser,
 * bytecode compiler (fe_load_module). Every function that compiled must pass
 * fe_verify_function and dump; every failure must leave a located error. */
#include "frontend.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = fuzz_cstring(data, size);
    Interner in;
    interner_init(&in);
    DiagList diags;
    diag_init(&diags);
    FeModule *m = fe_load_module("fuzz.py", src, &in, &diags);
    if (!m) {
        /* A refused module names at least one error, and rendering it works. */
        FUZZ_CHECK(diags.nerrors > 0, "fe_load_module returned NULL without an error");
        StrBuf sb = {0};
        for (int i = 0; i < diags.items.len; i++)
            diag_render(&sb, &diags.items.data[i], src);
        sb_free(&sb);
    } else {
        for (int i = 0; i < m->nfuncs; i++) {
            FeFunction *fn = m->funcs[i];
            if (fn->diags.nerrors > 0)
                continue; /* an undecorated def pyjit cannot compile */
            char *bad = fe_verify_function(fn);
            if (bad) {
                fuzz_report("fe_verify_function(%s): %s", fn->name, bad);
                abort();
            }
            FUZZ_CHECK(fe_module_function(m, fn->name) != NULL, "function not found by name");
            free(fe_dump_function(fn));
        }
        fe_module_free(m);
    }
    diag_free(&diags);
    interner_free(&in);
    free(src);
    return 0;
}
